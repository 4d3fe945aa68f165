package com.shardsofeternity.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reconnection: the session outlives its socket, numbers its messages across sockets and replays what was missed. */
@ExtendWith(ServerReady.class)
class ResumeIT {

    private static final String FACTION = "Azure Order";

    @Test
    void resumingReplaysTheMissedMessagesWithTheirSeqThenContinuesTheNumbering() throws Exception {
        Api.Player away = Api.newPlayer(FACTION);
        Api.Player friend = Api.newPlayer(FACTION);
        try (RawSocket f = RawSocket.online(friend)) {
            RawSocket first = RawSocket.online(away);
            f.ok("whisper", "recipient_id", away.characterId(), "content", "before");
            first.awaitChat("before");
            long seen = first.lastSeq();
            first.close();
            first.awaitClose();

            f.ok("whisper", "recipient_id", away.characterId(), "content", "missed one");
            f.ok("whisper", "recipient_id", away.characterId(), "content", "missed two");

            try (RawSocket second = RawSocket.open()) {
                JsonObject response = second.authenticate(away.token(), seen);
                assertThat(response.getBoolean("success")).isTrue();
                assertThat(response.getBoolean("resumed")).isTrue();

                JsonObject one = second.awaitChat("missed one");
                JsonObject two = second.awaitChat("missed two");
                assertThat(seq(one)).isEqualTo(seen + 1);
                assertThat(seq(two)).isGreaterThan(seq(one));
                second.await("nearby_players");
                f.ok("whisper", "recipient_id", away.characterId(), "content", "after");
                JsonObject after = second.awaitChat("after");

                List<Long> numbers = second.history().stream().filter(m -> m.containsKey("seq")).map(ResumeIT::seq).toList();
                assertThat(numbers.get(0)).isEqualTo(seen + 1);
                for (int i = 1; i < numbers.size(); i++) {
                    assertThat(numbers.get(i)).as("seq after %s", numbers.get(i - 1)).isEqualTo(numbers.get(i - 1) + 1);
                }
                assertThat(seq(after)).isGreaterThan(seq(two));
                assertThat(second.history()).noneMatch(m -> "before".equals(m.getString("content", null)));
            }
        }
    }

    @Test
    void resumingWithNothingMissedReplaysNothing() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        RawSocket first = RawSocket.online(player);
        long seen = first.lastSeq();
        first.close();
        first.awaitClose();

        try (RawSocket second = RawSocket.open()) {
            JsonObject response = second.authenticate(player.token(), seen);

            assertThat(response.getBoolean("resumed")).isTrue();
            JsonObject nearby = second.await("nearby_players");
            assertThat(seq(nearby)).isEqualTo(seen + 1);
        }
    }

    @Test
    void resumingFromASeqNeverSentIsNotResumedAndReplaysNothing() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        RawSocket first = RawSocket.online(player);
        long seen = first.lastSeq();
        first.close();
        first.awaitClose();

        try (RawSocket second = RawSocket.open()) {
            JsonObject response = second.authenticate(player.token(), seen + 1_000);

            assertThat(response.getBoolean("success")).isTrue();
            assertThat(response.getBoolean("resumed")).isFalse();
            JsonObject nearby = second.await("nearby_players");
            assertThat(seq(nearby)).isEqualTo(seen + 1);
            assertThat(second.history().stream().filter(m -> m.containsKey("seq")).toList()).hasSize(1);
        }
    }

    @Test
    void resumingAfterMoreThanTheBufferHoldsIsNotResumed() throws Exception {
        Api.Player away = Api.newPlayer(FACTION);
        Api.Player busy = Api.newPlayer(FACTION);
        try (RawSocket b = RawSocket.online(busy)) {
            RawSocket first = RawSocket.online(away);
            first.move(1, 3);
            b.move(1, 3);
            first.await(MovementSocketIT.presence("player_entered", busy, 3), RawSocket.WAIT, "player_entered");
            long seen = first.lastSeq();
            first.close();
            first.awaitClose();

            for (int trip = 0; trip < 90; trip++) {
                b.move(3, 7);
                b.move(7, 3);
            }

            try (RawSocket second = RawSocket.open()) {
                JsonObject response = second.authenticate(away.token(), seen);

                assertThat(response.getBoolean("success")).isTrue();
                assertThat(response.getBoolean("resumed")).isFalse();
                JsonObject nearby = second.await("nearby_players");
                assertThat(seq(nearby)).isGreaterThan(seen + 256);
                assertThat(second.history().stream().filter(m -> m.containsKey("seq")).toList()).hasSize(1);
            }
        }
    }

    @Test
    void aNewSocketWithoutResumeStartsUnresumedButKeepsTheSessionNumbering() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        RawSocket first = RawSocket.online(player);
        long seen = first.lastSeq();
        first.close();
        first.awaitClose();

        try (RawSocket second = RawSocket.open()) {
            JsonObject response = second.authenticate(player.token());

            assertThat(response.getBoolean("resumed")).isFalse();
            assertThat(seq(second.await("nearby_players"))).isEqualTo(seen + 1);
        }
    }

    @Test
    void aSecondSocketOfTheSameSessionClosesTheFirstWith4004() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket first = RawSocket.online(player); RawSocket second = RawSocket.open()) {
            assertThat(second.authenticate(player.token()).getBoolean("success")).isTrue();

            assertThat(first.awaitClose()).isEqualTo(4004);
            String content = "on the new socket " + System.nanoTime();
            second.ok("chat", "channel", "global", "content", content);
            second.awaitChat(content);
        }
    }

    @Test
    void aSecondLoginIsASeparateSessionNumberedFromOne() throws Exception {
        Api.Player player = Api.newPlayer(FACTION);
        String otherToken = Api.login(player.username());
        try (RawSocket first = RawSocket.online(player); RawSocket second = RawSocket.open()) {
            JsonObject response = second.authenticate(otherToken);
            assertThat(response.getBoolean("success")).isTrue();
            assertThat(response.get("character_id")).isEqualTo(jakarta.json.JsonValue.NULL);
            assertThat(response.getString("session_id")).isNotEqualTo(first.history().get(0).getString("session_id"));

            Api.Reply selected = Api.post("/api/characters/select", otherToken, "{\"character_id\":" + player.characterId() + "}");
            assertThat(selected.status()).isEqualTo(200);
            assertThat(seq(second.await("nearby_players"))).isEqualTo(1);
        }
    }

    private static long seq(JsonObject message) {
        return message.getJsonNumber("seq").longValue();
    }
}
