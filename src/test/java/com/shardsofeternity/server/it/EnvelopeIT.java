package com.shardsofeternity.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The envelope rules every message follows: seq, priority, timestamp, ids and their answers, bad input. */
@ExtendWith(ServerReady.class)
class EnvelopeIT {

    private static final String FACTION = "Verdant Circle";

    @Test
    void sequenceNumbersStartAtOneAndCountEveryMessageButAuthResponseAndPong() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            socket.send(RawSocket.message("ping", null, "nonce", 1));
            socket.await("pong");
            socket.ok("chat", "channel", "global", "content", "counting");
            socket.awaitChat("counting");
            socket.call("move", "from_location_id", 1, "to_location_id", 99);
            socket.send(RawSocket.message("ping", null, "nonce", 2));
            socket.await("pong");

            List<JsonObject> received = socket.history();
            assertThat(received.get(0).getString("type")).isEqualTo("auth_response");
            List<JsonObject> sequenced = received.stream().filter(m -> m.containsKey("seq")).toList();
            assertThat(received).filteredOn(m -> !m.containsKey("seq"))
                    .extracting(m -> m.getString("type")).containsOnly("auth_response", "pong");
            assertThat(sequenced.get(0).getString("type")).isEqualTo("nearby_players");
            for (int i = 0; i < sequenced.size(); i++) {
                assertThat(sequenced.get(i).getJsonNumber("seq").longValue()).as("seq of %s", sequenced.get(i)).isEqualTo(i + 1);
            }
            assertThat(sequenced).extracting(m -> m.getString("type")).contains("chat", "ack", "error");
        }
    }

    @Test
    void everyServerMessageHasATimestampAndAPriorityButBatchFramesHaveNeither() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            socket.ok("chat", "channel", "global", "content", "stamped");
            socket.send(RawSocket.message("ping", null, "nonce", 3));
            socket.await("pong");

            assertThat(socket.history()).allSatisfy(m -> {
                assertThat(m.getJsonNumber("timestamp").longValue()).isPositive();
                assertThat(m.getString("priority")).isIn("critical", "high", "normal", "low");
            });
            assertThat(socket.frames()).filteredOn(f -> f.getString("type").equals("batch")).allSatisfy(batch ->
                    assertThat(batch).doesNotContainKeys("seq", "timestamp", "priority"));
            JsonObject ack = socket.history().stream().filter(m -> m.getString("type").equals("ack")).findFirst().orElseThrow();
            assertThat(ack.getString("priority")).isEqualTo("critical");
            JsonObject chat = socket.history().stream().filter(m -> m.getString("type").equals("chat")).findFirst().orElseThrow();
            assertThat(chat.getString("priority")).isEqualTo("normal");
        }
    }

    @Test
    void aMessageWithAnIdIsAcknowledgedWithReplyTo() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            String id = "x".repeat(64);
            socket.send(RawSocket.message("chat", id, "channel", "global", "content", "acknowledge me"));

            JsonObject ack = socket.awaitReply(id);
            assertThat(ack.getString("type")).isEqualTo("ack");
            assertThat(ack.getString("reply_to")).isEqualTo(id);
        }
    }

    @Test
    void aMessageWithoutAnIdIsNotAcknowledged() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            socket.sendMessage("chat", "channel", "global", "content", "no answer wanted");
            socket.awaitChat("no answer wanted");
            socket.send(RawSocket.message("ping", null, "nonce", "after"));
            socket.await("pong");

            assertThat(socket.history()).extracting(m -> m.getString("type")).doesNotContain("ack");
        }
    }

    @Test
    void aRefusedMessageGetsAnErrorWithReplyTo() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            String id = socket.request("chat", "channel", "global", "content", "   ");

            JsonObject error = socket.awaitReply(id);
            assertThat(error.getString("type")).isEqualTo("error");
            assertThat(error.getString("error_code")).isEqualTo("INVALID_MESSAGE");
            assertThat(error.getString("error_message")).isNotBlank();
            assertThat(error.getString("priority")).isEqualTo("critical");
        }
    }

    @Test
    void anIdLongerThan64CharactersIsInvalidWithoutReplyTo() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            socket.send(RawSocket.message("chat", "x".repeat(65), "channel", "global", "content", "long id"));

            JsonObject error = socket.awaitError("INVALID_MESSAGE");
            assertThat(RawSocket.replyTo(error)).isNull();
            assertThat(socket.history()).extracting(m -> m.getString("type")).doesNotContain("chat");
            assertStillUsable(socket);
        }
    }

    @Test
    void anIdThatIsNotAStringIsInvalidWithoutReplyTo() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            socket.send("{\"type\":\"chat\",\"id\":17,\"channel\":\"global\",\"content\":\"numeric id\"}");

            assertThat(RawSocket.replyTo(socket.awaitError("INVALID_MESSAGE"))).isNull();
            assertStillUsable(socket);
        }
    }

    @Test
    void malformedJsonIsInvalidAndTheConnectionStaysUsable() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            socket.send("{\"type\":\"chat\",\"channel\":");
            socket.awaitError("INVALID_MESSAGE");
            socket.send("[1,2,3]");
            socket.awaitError("INVALID_MESSAGE");
            socket.send("{\"channel\":\"global\"}");
            socket.awaitError("INVALID_MESSAGE");

            assertStillUsable(socket);
        }
    }

    @Test
    void anUnknownTypeIsUnknownMessageTypeWithReplyToAndTheConnectionStaysUsable() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            JsonObject error = socket.call("teleport", "to", 14);

            assertThat(error.getString("error_code")).isEqualTo("UNKNOWN_MESSAGE_TYPE");
            assertStillUsable(socket);
        }
    }

    @Test
    void aServerToClientTypeSentByAClientIsUnknownMessageType() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            assertThat(socket.call("nearby_players", "location_id", 1).getString("error_code")).isEqualTo("UNKNOWN_MESSAGE_TYPE");
            assertThat(socket.call("ack", "reply_to", "m1").getString("error_code")).isEqualTo("UNKNOWN_MESSAGE_TYPE");
        }
    }

    @Test
    void aFieldOfTheWrongTypeIsInvalidWithReplyTo() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            JsonObject error = socket.call("move", "from_location_id", Json.createObjectBuilder().build(), "to_location_id", 2);

            assertThat(error.getString("error_code")).isEqualTo("INVALID_MESSAGE");
            assertStillUsable(socket);
        }
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            JsonObject reply = socket.call("chat", "channel", "global", "content", "extra fields", "mood", "cheerful", "volume", 11);

            assertThat(reply.getString("type")).isEqualTo("ack");
        }
    }

    @Test
    void aBinaryFrameIsInvalidAndTheConnectionStaysUsable() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            socket.sendBinary("{\"type\":\"ping\",\"nonce\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

            assertThat(socket.awaitError("INVALID_MESSAGE").getString("error_message")).isNotBlank();
            assertStillUsable(socket);
        }
    }

    @Test
    void pingIsAnsweredByPongEchoingTheNonceWhateverItIs() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            socket.send("{\"type\":\"ping\",\"id\":\"p1\",\"nonce\":{\"n\":[1,\"two\",null]}}");
            JsonObject pong = socket.await("pong");
            assertThat(pong.getJsonObject("nonce")).isEqualTo(Json.createReader(new java.io.StringReader("{\"n\":[1,\"two\",null]}")).readObject());
            assertThat(pong.getString("priority")).isEqualTo("critical");
            assertThat(pong).doesNotContainKey("seq");

            socket.send("{\"type\":\"ping\",\"nonce\":\"abc\"}");
            assertThat(socket.await("pong").getString("nonce")).isEqualTo("abc");
            socket.send("{\"type\":\"ping\",\"nonce\":12345678901}");
            assertThat(socket.await("pong").getJsonNumber("nonce").longValue()).isEqualTo(12_345_678_901L);

            socket.assertNoMessage(m -> "p1".equals(RawSocket.replyTo(m)), java.time.Duration.ofMillis(300), "an ack of a ping");
        }
    }

    @Test
    void pingWorksBeforeACharacterIsSelected() throws Exception {
        String token = Api.login(Api.register(Api.uniqueName("pg")));
        try (RawSocket socket = RawSocket.open()) {
            socket.authenticate(token);
            socket.send("{\"type\":\"ping\",\"nonce\":5}");

            assertThat(socket.await("pong").getInt("nonce")).isEqualTo(5);
        }
    }

    @Test
    void aPongFromTheClientIsAcceptedSilently() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            socket.send("{\"type\":\"pong\",\"nonce\":1}");

            socket.assertNoMessage("error", java.time.Duration.ofMillis(300));
            assertStillUsable(socket);
        }
    }

    private static void assertStillUsable(RawSocket socket) {
        String nonce = "alive-" + System.nanoTime();
        socket.send(RawSocket.message("ping", null, "nonce", nonce));
        assertThat(socket.await(m -> m.getString("type").equals("pong") && nonce.equals(m.getString("nonce", null)),
                RawSocket.WAIT, "pong " + nonce)).isNotNull();
        assertThat(socket.isOpen()).isTrue();
    }
}
