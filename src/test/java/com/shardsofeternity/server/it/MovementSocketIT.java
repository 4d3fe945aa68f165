package com.shardsofeternity.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Travel between locations and positions inside one, as the server enforces and relays them. */
@ExtendWith(ServerReady.class)
class MovementSocketIT {

    private static final String FACTION = "Umbral Syndicate";
    private static final Duration QUIET = Duration.ofMillis(700);

    @Test
    void moveToANeighborIsAnnouncedOnBothSidesAndPersisted() {
        Api.Player mover = Api.newPlayer(FACTION);
        Api.Player left = Api.newPlayer(FACTION);
        Api.Player arrived = Api.newPlayer(FACTION);
        try (RawSocket m = RawSocket.online(mover); RawSocket l = RawSocket.online(left); RawSocket r = RawSocket.online(arrived)) {
            l.move(1, 3);
            r.move(1, 3);
            r.move(3, 7);
            m.move(1, 3);
            l.await(presence("player_entered", mover, 3), RawSocket.WAIT, "player_entered of the mover");

            JsonObject nearby = m.move(3, 7);

            assertThat(nearby.getJsonNumber("location_id").longValue()).isEqualTo(7);
            assertThat(nearby.getJsonArray("players").getValuesAs(JsonObject.class))
                    .extracting(p -> p.getJsonNumber("character_id").longValue())
                    .contains(arrived.characterId(), mover.characterId())
                    .doesNotContain(left.characterId());
            JsonObject gone = l.await(presence("player_left", mover, 3), RawSocket.WAIT, "player_left of the mover");
            assertThat(gone.getJsonObject("player").getString("character_name")).isEqualTo(mover.characterName());
            JsonObject came = r.await(presence("player_entered", mover, 7), RawSocket.WAIT, "player_entered of the mover");
            assertThat(came.getJsonObject("player").getJsonNumber("location_id").longValue()).isEqualTo(7);
            assertThat(came.getJsonObject("player").getString("faction")).isEqualTo(FACTION);
            l.assertNoMessage(presence("player_entered", mover, 7), QUIET, "the arrival in a location it is not in");

            assertThat(storedLocation(mover)).isEqualTo(7);
        }
    }

    @Test
    void theMoverDoesNotHearItsOwnArrival() {
        Api.Player mover = Api.newPlayer(FACTION);
        try (RawSocket m = RawSocket.online(mover)) {
            m.move(1, 2);

            m.assertNoMessage(presence("player_entered", mover, 2), QUIET, "its own player_entered");
        }
    }

    @Test
    void moveToALocationThatIsNotANeighborIsInvalid() {
        Api.Player mover = Api.newPlayer(FACTION);
        try (RawSocket m = RawSocket.online(mover)) {
            assertThat(m.call("move", "from_location_id", 1, "to_location_id", 5).getString("error_code")).isEqualTo("INVALID_MOVE");
            assertThat(m.call("move", "from_location_id", 1, "to_location_id", 1).getString("error_code")).isEqualTo("INVALID_MOVE");
            assertThat(m.call("move", "from_location_id", 1, "to_location_id", 9_999).getString("error_code")).isEqualTo("INVALID_MOVE");

            assertThat(storedLocation(mover)).isEqualTo(1);
        }
    }

    @Test
    void moveFromALocationOtherThanTheCurrentOneIsInvalid() {
        Api.Player mover = Api.newPlayer(FACTION);
        try (RawSocket m = RawSocket.online(mover)) {
            assertThat(m.call("move", "from_location_id", 2, "to_location_id", 5).getString("error_code")).isEqualTo("INVALID_MOVE");
            assertThat(m.call("move", "to_location_id", 2).getString("error_code")).isEqualTo("INVALID_MESSAGE");

            assertThat(storedLocation(mover)).isEqualTo(1);
        }
    }

    @Test
    void positionsAreRelayedToTheOthersInTheLocationOnlyAndNotEchoed() throws InterruptedException {
        Api.Player walker = Api.newPlayer(FACTION);
        Api.Player watcher = Api.newPlayer(FACTION);
        Api.Player elsewhere = Api.newPlayer(FACTION);
        try (RawSocket w = RawSocket.online(walker); RawSocket s = RawSocket.online(watcher); RawSocket e = RawSocket.online(elsewhere)) {
            w.move(1, 4);
            s.move(1, 4);
            e.move(1, 2);
            Thread.sleep(300);

            w.ok("location_update", "position", RawSocket.position(1.5, 0, -2), "velocity", RawSocket.position(1, 0, 0));

            JsonObject update = s.await(positionOf(walker), RawSocket.WAIT, "the walker's location_update");
            assertThat(update.getJsonNumber("location_id").longValue()).isEqualTo(4);
            assertThat(update.getString("character_name")).isEqualTo(walker.characterName());
            assertThat(update.getJsonObject("position").getJsonNumber("x").doubleValue()).isEqualTo(1.5);
            assertThat(update.getJsonObject("position").getJsonNumber("z").doubleValue()).isEqualTo(-2.0);
            assertThat(update.getJsonObject("velocity").getJsonNumber("x").doubleValue()).isEqualTo(1.0);
            assertThat(update.getString("priority")).isEqualTo("low");
            e.assertNoMessage(positionOf(walker), QUIET, "a position from another location");
            w.assertNoMessage(positionOf(walker), Duration.ZERO, "its own position echoed");
        }
    }

    @Test
    void aStepFasterThanTheMaximumSpeedIsRefusedAndTheServerPositionSentBack() throws InterruptedException {
        Api.Player walker = Api.newPlayer(FACTION);
        Api.Player watcher = Api.newPlayer(FACTION);
        try (RawSocket w = RawSocket.online(walker); RawSocket s = RawSocket.online(watcher)) {
            w.move(1, 4);
            s.move(1, 4);
            Thread.sleep(300);
            w.ok("location_update", "position", RawSocket.position(2, 0, 0), "velocity", RawSocket.position(0, 0, 0));
            s.await(positionOf(walker), RawSocket.WAIT, "the accepted position");

            JsonObject refused = w.call("location_update", "position", RawSocket.position(500, 0, 0), "velocity", RawSocket.position(0, 0, 0));

            assertThat(refused.getString("error_code")).isEqualTo("INVALID_MOVE");
            JsonObject corrected = w.await(positionOf(walker), RawSocket.WAIT, "the server's position");
            assertThat(corrected.getJsonObject("position").getJsonNumber("x").doubleValue()).isEqualTo(2.0);
            assertThat(corrected.getJsonNumber("location_id").longValue()).isEqualTo(4);
            List<JsonObject> sequence = w.history();
            assertThat(sequence.indexOf(refused)).isLessThan(sequence.indexOf(corrected));
            s.assertNoMessage(m -> positionOf(walker).test(m)
                    && m.getJsonObject("position").getJsonNumber("x").doubleValue() == 500, QUIET, "the refused position");
        }
    }

    @Test
    void positionsMustBeFiniteAndWithinAMillion() {
        Api.Player walker = Api.newPlayer(FACTION);
        try (RawSocket w = RawSocket.online(walker)) {
            assertInvalid(w, "{\"x\":1e400,\"y\":0,\"z\":0}", "{\"x\":0,\"y\":0,\"z\":0}");
            assertInvalid(w, "{\"x\":0,\"y\":-1e400,\"z\":0}", "{\"x\":0,\"y\":0,\"z\":0}");
            assertInvalid(w, "{\"x\":\"NaN\",\"y\":0,\"z\":0}", "{\"x\":0,\"y\":0,\"z\":0}");
            assertInvalid(w, "{\"x\":\"Infinity\",\"y\":0,\"z\":0}", "{\"x\":0,\"y\":0,\"z\":0}");
            assertInvalid(w, "{\"x\":0,\"y\":0,\"z\":1000000.5}", "{\"x\":0,\"y\":0,\"z\":0}");
            assertInvalid(w, "{\"x\":0,\"y\":0}", "{\"x\":0,\"y\":0,\"z\":0}");
            assertInvalid(w, "{\"x\":0,\"y\":0,\"z\":0}", "{\"x\":-1000001,\"y\":0,\"z\":0}");
            assertInvalid(w, "{\"x\":0,\"y\":0,\"z\":0}", "{\"x\":0,\"y\":1e400,\"z\":0}");
            w.send("{\"type\":\"location_update\",\"id\":\"nopos\",\"velocity\":{\"x\":0,\"y\":0,\"z\":0}}");
            assertThat(w.awaitReply("nopos").getString("error_code")).isEqualTo("INVALID_MESSAGE");
        }
    }

    @Test
    void moreThanTwentyPositionsASecondAreDroppedWithOneRateLimitedError() throws InterruptedException {
        Api.Player walker = Api.newPlayer(FACTION);
        Api.Player watcher = Api.newPlayer(FACTION);
        try (RawSocket w = RawSocket.online(walker); RawSocket s = RawSocket.online(watcher)) {
            w.move(1, 4);
            s.move(1, 4);
            Thread.sleep(200);
            long burstStart = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                w.sendMessage("location_update", "position", RawSocket.position(0, 0, 0), "velocity", RawSocket.position(0, 0, 0));
            }
            for (int i = 0; i < 20; i++) {
                w.sendMessage("location_update", "position", RawSocket.position(0.5, 0, 0), "velocity", RawSocket.position(0, 0, 0));
            }
            w.send(RawSocket.message("ping", null, "nonce", "burst-done"));
            w.await("pong");
            assertThat((System.nanoTime() - burstStart) / 1_000_000).as("the burst fits in one second").isLessThan(900);

            assertThat(errors(w)).extracting(m -> m.getString("error_code")).containsExactly("RATE_LIMITED");
            s.assertNoMessage(m -> positionOf(walker).test(m)
                    && m.getJsonObject("position").getJsonNumber("x").doubleValue() == 0.5, QUIET, "a dropped position");

            Thread.sleep(1_100);
            for (int i = 0; i < 25; i++) {
                w.sendMessage("location_update", "position", RawSocket.position(0, 0, 0), "velocity", RawSocket.position(0, 0, 0));
            }
            w.send(RawSocket.message("ping", null, "nonce", "second-burst-done"));
            w.await(m -> m.getString("type").equals("pong") && "second-burst-done".equals(m.getString("nonce", null)),
                    RawSocket.WAIT, "pong");
            assertThat(errors(w)).extracting(m -> m.getString("error_code")).containsExactly("RATE_LIMITED", "RATE_LIMITED");
        }
    }

    private static List<JsonObject> errors(RawSocket socket) {
        return socket.history().stream().filter(m -> m.getString("type").equals("error")).toList();
    }

    private static void assertInvalid(RawSocket socket, String position, String velocity) {
        String id = "bad" + System.nanoTime();
        socket.send("{\"type\":\"location_update\",\"id\":\"" + id + "\",\"position\":" + position + ",\"velocity\":" + velocity + "}");
        JsonObject reply = socket.awaitReply(id);
        assertThat(reply.getString("error_code", null)).as("position %s velocity %s", position, velocity).isEqualTo("INVALID_MESSAGE");
    }

    static Predicate<JsonObject> presence(String type, Api.Player player, long locationId) {
        return m -> m.getString("type").equals(type)
                && m.getJsonNumber("location_id").longValue() == locationId
                && m.getJsonObject("player").getJsonNumber("character_id").longValue() == player.characterId();
    }

    static Predicate<JsonObject> positionOf(Api.Player player) {
        return m -> m.getString("type").equals("location_update")
                && m.getJsonNumber("character_id").longValue() == player.characterId();
    }

    static long storedLocation(Api.Player player) {
        Api.Reply characters = Api.get("/api/characters", player.token());
        assertThat(characters.status()).isEqualTo(200);
        return characters.array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == player.characterId())
                .findFirst().orElseThrow().getJsonNumber("location_id").longValue();
    }
}
