package com.shardsofeternity.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /api/chat/history}: what each character may read of each channel, in what order, how much. */
@ExtendWith(ServerReady.class)
class ChatHistoryIT {

    private static final String CRIMSON = "Crimson Covenant";
    private static final String AZURE = "Azure Order";

    @Test
    void historyWithoutATokenIs401() {
        Api.Reply reply = Api.get("/api/chat/history?channel=global", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.errorCode()).isEqualTo("AUTH_REQUIRED");
    }

    @Test
    void historyWithoutASelectedCharacterIs409() {
        String token = Api.login(Api.register(Api.uniqueName("hx")));
        Api.Reply reply = Api.get("/api/chat/history?channel=global", token);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.errorCode()).isEqualTo("NO_CHARACTER_SELECTED");
    }

    @Test
    void globalHistoryHoldsMessagesAsDeliveredOldestFirst() {
        Api.Player alice = Api.newPlayer(CRIMSON);
        Api.Player bob = Api.newPlayer(AZURE);
        String marker = Long.toString(System.nanoTime());
        JsonObject first;
        JsonObject second;
        try (RawSocket a = RawSocket.online(alice)) {
            a.ok("chat", "channel", "global", "content", "first <" + marker + ">");
            a.ok("chat", "channel", "global", "content", "second & " + marker);
            first = a.awaitChat("first &lt;" + marker + "&gt;");
            second = a.awaitChat("second &amp; " + marker);
        }

        List<JsonObject> history = history(bob, "channel=global&limit=200");
        List<String> ids = history.stream().map(m -> m.getString("message_id")).toList();
        assertThat(ids).contains(first.getString("message_id"), second.getString("message_id"));
        assertThat(ids.indexOf(first.getString("message_id"))).isLessThan(ids.indexOf(second.getString("message_id")));
        JsonObject stored = history.get(ids.indexOf(second.getString("message_id")));
        assertThat(stored.getString("content")).isEqualTo("second &amp; " + marker);
        assertThat(stored.getString("channel")).isEqualTo("global");
        assertThat(stored.getJsonNumber("sender_id").longValue()).isEqualTo(alice.characterId());
        assertThat(stored.getString("sender_name")).isEqualTo(alice.characterName());
        assertThat(ids).isSortedAccordingTo((x, y) -> Long.compare(Long.parseLong(x), Long.parseLong(y)));
    }

    @Test
    void limitMustBeOneTo200() {
        Api.Player alice = Api.newPlayer(CRIMSON);
        for (String limit : new String[] {"0", "201", "-1", "ten", "1.5"}) {
            Api.Reply reply = Api.get("/api/chat/history?channel=global&limit=" + limit, alice.token());
            assertThat(reply.status()).as("limit=%s", limit).isEqualTo(400);
            assertThat(reply.errorCode()).isEqualTo("INVALID_MESSAGE");
        }
        assertThat(Api.get("/api/chat/history?channel=global&limit=200", alice.token()).status()).isEqualTo(200);
        assertThat(history(alice, "channel=global&limit=1")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void anUnknownChannelOrCursorIsInvalid() {
        Api.Player alice = Api.newPlayer(CRIMSON);

        assertThat(Api.get("/api/chat/history?channel=shout", alice.token()).status()).isEqualTo(400);
        assertThat(Api.get("/api/chat/history?channel=global&before=yesterday", alice.token()).status()).isEqualTo(400);
    }

    @Test
    void whisperHistoryIsTheCharactersOwnBothWaysAndPagesWithBefore() {
        Api.Player alice = Api.newPlayer(CRIMSON);
        Api.Player bob = Api.newPlayer(AZURE);
        Api.Player carol = Api.newPlayer(CRIMSON);
        String m1;
        String m2;
        String m3;
        try (RawSocket a = RawSocket.online(alice); RawSocket b = RawSocket.online(bob)) {
            a.ok("whisper", "recipient_id", bob.characterId(), "content", "w1");
            m1 = a.awaitChat("w1").getString("message_id");
            b.ok("whisper", "recipient_id", alice.characterId(), "content", "w2");
            m2 = b.awaitChat("w2").getString("message_id");
            a.ok("whisper", "recipient_id", bob.characterId(), "content", "w3");
            m3 = a.awaitChat("w3").getString("message_id");
        }

        assertThat(ids(alice, "channel=whisper")).containsExactly(m1, m2, m3);
        assertThat(ids(bob, "channel=whisper")).containsExactly(m1, m2, m3);
        assertThat(ids(carol, "channel=whisper")).isEmpty();
        assertThat(ids(alice, "channel=whisper&limit=2")).containsExactly(m2, m3);
        assertThat(ids(alice, "channel=whisper&before=" + m3)).containsExactly(m1, m2);
        assertThat(ids(alice, "channel=whisper&before=" + m3 + "&limit=1")).containsExactly(m2);
        assertThat(ids(alice, "channel=whisper&before=" + m1)).isEmpty();
        JsonObject stored = history(bob, "channel=whisper").get(0);
        assertThat(stored.getJsonNumber("recipient_id").longValue()).isEqualTo(bob.characterId());
        assertThat(stored.getJsonNumber("sender_id").longValue()).isEqualTo(alice.characterId());
    }

    @Test
    void locationHistoryIsThatOfTheCharactersCurrentLocation() {
        Api.Player alice = Api.newPlayer(CRIMSON);
        Api.Player bob = Api.newPlayer(AZURE);
        try (RawSocket a = RawSocket.online(alice); RawSocket b = RawSocket.online(bob)) {
            a.move(1, 4);
            String content = "ashen " + System.nanoTime();
            a.ok("chat", "channel", "location", "content", content);
            String id = a.awaitChat(content).getString("message_id");

            assertThat(ids(alice, "channel=location&limit=200")).contains(id);
            assertThat(ids(bob, "channel=location&limit=200")).doesNotContain(id);
            b.move(1, 4);
            assertThat(ids(bob, "channel=location&limit=200")).contains(id);
        }
    }

    @Test
    void factionHistoryIsThatOfTheCharactersOwnFaction() {
        Api.Player alice = Api.newPlayer(CRIMSON);
        Api.Player bob = Api.newPlayer(CRIMSON);
        Api.Player carol = Api.newPlayer(AZURE);
        String id;
        try (RawSocket a = RawSocket.online(alice)) {
            String content = "covenant business " + System.nanoTime();
            a.ok("faction_chat", "content", content);
            id = a.awaitChat(content).getString("message_id");
        }

        assertThat(ids(bob, "channel=faction&limit=200")).contains(id);
        assertThat(ids(carol, "channel=faction&limit=200")).doesNotContain(id);
    }

    @Test
    void partyHistoryOutsideAPartyIsEmpty() {
        Api.Player alice = Api.newPlayer(CRIMSON);

        assertThat(history(alice, "channel=party")).isEmpty();
    }

    private static List<String> ids(Api.Player player, String query) {
        return history(player, query).stream().map(m -> m.getString("message_id")).toList();
    }

    private static List<JsonObject> history(Api.Player player, String query) {
        Api.Reply reply = Api.get("/api/chat/history?" + query, player.token());
        assertThat(reply.status()).as("history %s: %s", query, reply.body()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class);
    }
}
