package com.shardsofeternity.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Chat over the socket: who gets each channel, and what the server does to the content. */
@ExtendWith(ServerReady.class)
class ChatSocketIT {

    private static final String CRIMSON = "Crimson Covenant";
    private static final String AZURE = "Azure Order";
    private static final Duration QUIET = Duration.ofMillis(700);

    @Test
    void globalChatReachesEveryoneOnlineIncludingTheSender() {
        Api.Player alice = Api.newPlayer(CRIMSON);
        Api.Player bob = Api.newPlayer(AZURE);
        try (RawSocket a = RawSocket.online(alice); RawSocket b = RawSocket.online(bob)) {
            b.move(1, 2);
            String content = "hello world " + System.nanoTime();
            a.ok("chat", "channel", "global", "content", content);

            for (RawSocket receiver : new RawSocket[] {a, b}) {
                JsonObject chat = receiver.awaitChat(content);
                assertThat(chat.getString("channel")).isEqualTo("global");
                assertThat(chat.getJsonNumber("sender_id").longValue()).isEqualTo(alice.characterId());
                assertThat(chat.getString("sender_name")).isEqualTo(alice.characterName());
                assertThat(chat.getString("message_id")).matches("[0-9]+");
                assertThat(chat.getString("priority")).isEqualTo("normal");
            }
        }
    }

    @Test
    void senderFieldsClaimedByTheClientAreIgnored() {
        Api.Player alice = Api.newPlayer(CRIMSON);
        Api.Player bob = Api.newPlayer(CRIMSON);
        try (RawSocket a = RawSocket.online(alice); RawSocket b = RawSocket.online(bob)) {
            String content = "who am i " + System.nanoTime();
            a.ok("chat", "channel", "global", "content", content, "sender_id", bob.characterId(),
                    "sender_name", "Administrator", "message_id", "1", "recipient_id", bob.characterId());

            JsonObject chat = b.awaitChat(content);
            assertThat(chat.getJsonNumber("sender_id").longValue()).isEqualTo(alice.characterId());
            assertThat(chat.getString("sender_name")).isEqualTo(alice.characterName());
            assertThat(chat.getString("message_id")).isNotEqualTo("1");
        }
    }

    @Test
    void locationChatReachesOnlyTheSendersLocation() {
        Api.Player alice = Api.newPlayer(CRIMSON);
        Api.Player bob = Api.newPlayer(AZURE);
        Api.Player carol = Api.newPlayer(CRIMSON);
        try (RawSocket a = RawSocket.online(alice); RawSocket b = RawSocket.online(bob); RawSocket c = RawSocket.online(carol)) {
            a.move(1, 3);
            b.move(1, 3);
            String content = "anyone in the citadel? " + System.nanoTime();
            a.ok("chat", "channel", "location", "content", content);

            assertThat(b.awaitChat(content).getString("channel")).isEqualTo("location");
            assertThat(a.awaitChat(content).getJsonNumber("sender_id").longValue()).isEqualTo(alice.characterId());
            c.assertNoMessage(m -> content.equals(m.getString("content", null)), QUIET, "location chat of another location");
        }
    }

    @Test
    void factionChatReachesOnlyTheSendersFaction() {
        Api.Player alice = Api.newPlayer(CRIMSON);
        Api.Player bob = Api.newPlayer(CRIMSON);
        Api.Player carol = Api.newPlayer(AZURE);
        try (RawSocket a = RawSocket.online(alice); RawSocket b = RawSocket.online(bob); RawSocket c = RawSocket.online(carol)) {
            b.move(1, 2);
            String byChannel = "for the covenant " + System.nanoTime();
            String byType = "covenant only " + System.nanoTime();
            a.ok("chat", "channel", "faction", "content", byChannel);
            a.ok("faction_chat", "content", byType);

            assertThat(b.awaitChat(byChannel).getString("channel")).isEqualTo("faction");
            assertThat(b.awaitChat(byType).getString("channel")).isEqualTo("faction");
            a.awaitChat(byType);
            c.assertNoMessage(m -> m.getString("content", "").startsWith("for the covenant")
                    || m.getString("content", "").startsWith("covenant only"), QUIET, "another faction's chat");
        }
    }

    @Test
    void partyChatWithoutAPartyIsForbidden() {
        Api.Player alice = Api.newPlayer(CRIMSON);
        try (RawSocket a = RawSocket.online(alice)) {
            assertThat(a.call("chat", "channel", "party", "content", "party?").getString("error_code")).isEqualTo("FORBIDDEN");
            assertThat(a.call("party_chat", "content", "party?").getString("error_code")).isEqualTo("FORBIDDEN");
            a.assertNoMessage(m -> "party?".equals(m.getString("content", null)), Duration.ofMillis(200), "a refused party chat");
        }
    }

    @Test
    void anUnknownChannelIsInvalid() {
        Api.Player alice = Api.newPlayer(CRIMSON);
        try (RawSocket a = RawSocket.online(alice)) {
            assertThat(a.call("chat", "channel", "shout", "content", "hey").getString("error_code")).isEqualTo("INVALID_MESSAGE");
            assertThat(a.call("chat", "channel", "whisper", "content", "hey").getString("error_code")).isEqualTo("INVALID_MESSAGE");
            assertThat(a.call("chat", "content", "no channel").getString("error_code")).isEqualTo("INVALID_MESSAGE");
        }
    }

    @Test
    void whisperReachesOnlyTheRecipientAndTheSenderWithHighPriority() {
        Api.Player alice = Api.newPlayer(CRIMSON);
        Api.Player bob = Api.newPlayer(AZURE);
        Api.Player carol = Api.newPlayer(CRIMSON);
        try (RawSocket a = RawSocket.online(alice); RawSocket b = RawSocket.online(bob); RawSocket c = RawSocket.online(carol)) {
            b.move(1, 2);
            String content = "psst " + System.nanoTime();
            a.ok("whisper", "recipient_id", bob.characterId(), "content", content);

            for (RawSocket party : new RawSocket[] {a, b}) {
                JsonObject whisper = party.awaitChat(content);
                assertThat(whisper.getString("channel")).isEqualTo("whisper");
                assertThat(whisper.getString("priority")).isEqualTo("high");
                assertThat(whisper.getJsonNumber("sender_id").longValue()).isEqualTo(alice.characterId());
                assertThat(whisper.getString("sender_name")).isEqualTo(alice.characterName());
                assertThat(whisper.getJsonNumber("recipient_id").longValue()).isEqualTo(bob.characterId());
            }
            c.assertNoMessage(m -> content.equals(m.getString("content", null)), QUIET, "someone else's whisper");
        }
    }

    @Test
    void whisperToAnOfflineOrUnknownCharacterIsNotFound() {
        Api.Player alice = Api.newPlayer(CRIMSON);
        Api.Player offline = Api.newPlayer(AZURE);
        try (RawSocket a = RawSocket.online(alice)) {
            assertThat(a.call("whisper", "recipient_id", offline.characterId(), "content", "are you there?")
                    .getString("error_code")).isEqualTo("NOT_FOUND");
            assertThat(a.call("whisper", "recipient_id", 987_654_321L, "content", "hello?")
                    .getString("error_code")).isEqualTo("NOT_FOUND");
            assertThat(a.call("whisper", "content", "to nobody").getString("error_code")).isEqualTo("INVALID_MESSAGE");
            a.assertNoMessage(m -> m.getString("type").equals("chat") && "whisper".equals(m.getString("channel", null)),
                    Duration.ofMillis(200), "a refused whisper");
        }
    }

    @Test
    void contentIsDeliveredTrimmed() {
        Api.Player alice = Api.newPlayer(CRIMSON);
        try (RawSocket a = RawSocket.online(alice)) {
            String content = "trim me " + System.nanoTime();
            a.ok("chat", "channel", "global", "content", "  \t" + content + " \n ");

            assertThat(a.awaitChat(content).getString("content")).isEqualTo(content);
        }
    }

    @Test
    void contentMustBeOneTo500CodePointsAfterTrimmingWithEmojiCountingAsOne() {
        Api.Player alice = Api.newPlayer(CRIMSON);
        try (RawSocket a = RawSocket.online(alice)) {
            String emoji = "\uD83D\uDE00";
            String fiveHundredEmoji = emoji.repeat(500);
            a.ok("chat", "channel", "global", "content", fiveHundredEmoji);
            assertThat(a.awaitChat(fiveHundredEmoji).getString("content").codePointCount(0, 1000)).isEqualTo(500);

            String fiveHundredLetters = "  " + "a".repeat(500) + "  ";
            a.ok("chat", "channel", "global", "content", fiveHundredLetters);
            a.awaitChat("a".repeat(500));

            assertThat(a.call("chat", "channel", "global", "content", emoji.repeat(501)).getString("error_code"))
                    .isEqualTo("INVALID_MESSAGE");
            assertThat(a.call("chat", "channel", "global", "content", "b".repeat(501)).getString("error_code"))
                    .isEqualTo("INVALID_MESSAGE");
            assertThat(a.call("chat", "channel", "global", "content", "").getString("error_code")).isEqualTo("INVALID_MESSAGE");
            assertThat(a.call("chat", "channel", "global", "content", " \t\n ").getString("error_code")).isEqualTo("INVALID_MESSAGE");
            assertThat(a.call("whisper", "recipient_id", alice.characterId(), "content", "c".repeat(501)).getString("error_code"))
                    .isEqualTo("INVALID_MESSAGE");
        }
    }

    @Test
    void htmlSpecialCharactersAreEscaped() {
        Api.Player alice = Api.newPlayer(CRIMSON);
        Api.Player bob = Api.newPlayer(AZURE);
        try (RawSocket a = RawSocket.online(alice); RawSocket b = RawSocket.online(bob)) {
            String marker = Long.toString(System.nanoTime());
            a.ok("chat", "channel", "global", "content", "<script>alert(\"x\")</script> & 'y' " + marker);

            String expected = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39; " + marker;
            assertThat(b.awaitChat(expected).getString("content")).isEqualTo(expected);
        }
    }

    @Test
    void chatIsLimitedToFivePerFiveSecondsAcrossAllKinds() {
        Api.Player alice = Api.newPlayer(CRIMSON);
        Api.Player bob = Api.newPlayer(AZURE);
        try (RawSocket a = RawSocket.online(alice); RawSocket b = RawSocket.online(bob)) {
            a.ok("chat", "channel", "global", "content", "one");
            a.ok("chat", "channel", "location", "content", "two");
            a.ok("chat", "channel", "faction", "content", "three");
            a.ok("faction_chat", "content", "four");
            a.ok("whisper", "recipient_id", bob.characterId(), "content", "five");

            JsonObject refused = a.call("chat", "channel", "global", "content", "six");
            assertThat(refused.getString("error_code")).isEqualTo("RATE_LIMITED");
            assertThat(a.call("whisper", "recipient_id", bob.characterId(), "content", "seven").getString("error_code"))
                    .isEqualTo("RATE_LIMITED");
            b.assertNoMessage(m -> "seven".equals(m.getString("content", null)), Duration.ofMillis(300), "a refused whisper");
        }
    }

    @Test
    void refusedChatDoesNotCountTowardsTheLimit() throws InterruptedException {
        Api.Player alice = Api.newPlayer(CRIMSON);
        try (RawSocket a = RawSocket.online(alice)) {
            for (int i = 0; i < 5; i++) {
                assertThat(a.call("chat", "channel", "global", "content", " ").getString("error_code")).isEqualTo("INVALID_MESSAGE");
            }
            assertThat(a.call("party_chat", "content", "no party").getString("error_code")).isEqualTo("FORBIDDEN");
            assertThat(a.call("whisper", "recipient_id", 987_654_321L, "content", "nobody").getString("error_code"))
                    .isEqualTo("NOT_FOUND");

            long firstAccepted = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                a.ok("chat", "channel", "global", "content", "counted " + i);
            }
            Thread.sleep(Math.max(0, 3_500 - (System.nanoTime() - firstAccepted) / 1_000_000));
            for (int i = 0; i < 5; i++) {
                assertThat(a.call("chat", "channel", "global", "content", "refused " + i).getString("error_code"))
                        .isEqualTo("RATE_LIMITED");
            }
            Thread.sleep(Math.max(0, 5_300 - (System.nanoTime() - firstAccepted) / 1_000_000));

            assertThat(a.call("chat", "channel", "global", "content", "allowed again").getString("type")).isEqualTo("ack");
        }
    }
}
