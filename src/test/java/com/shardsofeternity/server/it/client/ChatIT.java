package com.shardsofeternity.server.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.client.Messages;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.Chat;
import com.shardsofeternity.protocol.model.PartyView;
import com.shardsofeternity.server.it.Api;
import com.shardsofeternity.server.it.SeedData;
import com.shardsofeternity.server.it.client.Players.Player;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Chat on every channel, whispers and history, between several clients at once. */
class ChatIT {

    private static final long WHISPERING_WOODS = 2;

    private final Players players = new Players();

    @AfterEach
    void closePlayers() {
        players.close();
    }

    @Test
    void eachChannelReachesExactlyItsAudience() {
        Player anna = players.player(Players.CRIMSON);
        Player bruno = players.player(Players.CRIMSON);
        Player chen = players.player(Players.AZURE);
        Routes.of(chen.client()).walk(chen.client(), SeedData.startingLocationId(), WHISPERING_WOODS);
        PartyView party = Parties.form(anna, bruno);
        Inbox<Chat> annaHears = Inbox.of(anna.client(), MessageTypes.CHAT, Chat.class);
        Inbox<Chat> brunoHears = Inbox.of(bruno.client(), MessageTypes.CHAT, Chat.class);
        Inbox<Chat> chenHears = Inbox.of(chen.client(), MessageTypes.CHAT, Chat.class);

        Await.result(anna.client().sendChat(Messages.CHANNEL_GLOBAL, "to everyone"));
        Await.result(anna.client().sendChat(Messages.CHANNEL_LOCATION, "to the Nexus"));
        Await.result(anna.client().sendChat(Messages.CHANNEL_FACTION, "to the Covenant"));
        Await.result(anna.client().sendChat(Messages.CHANNEL_PARTY, "to the party"));
        Await.result(anna.client().sendWhisper(chen.id(), "to Chen alone"));
        Await.result(bruno.client().sendFactionChat("faction_chat to the Covenant"));
        Await.result(bruno.client().sendPartyChat("party_chat to the party"));
        Await.result(bruno.client().sendChat(Messages.CHANNEL_GLOBAL, "the last word"));

        Chat partyChat = brunoHears.await("on the party channel", content("to the party"));
        assertThat(partyChat.channel()).isEqualTo(Messages.CHANNEL_PARTY);
        assertThat(partyChat.partyId()).isEqualTo(party.id());
        assertThat(partyChat.senderId()).isEqualTo(anna.id());
        assertThat(partyChat.senderName()).isEqualTo(anna.name());
        Chat whisper = chenHears.await("whispered", content("to Chen alone"));
        assertThat(whisper.channel()).isEqualTo(Messages.CHANNEL_WHISPER);
        assertThat(whisper.recipientId()).isEqualTo(chen.id());
        assertThat(annaHears.await("as the whisper's echo", content("to Chen alone")).recipientId()).isEqualTo(chen.id());
        assertThat(annaHears.await("from Bruno's faction_chat", content("faction_chat to the Covenant")).channel())
                .isEqualTo(Messages.CHANNEL_FACTION);
        assertThat(annaHears.await("from Bruno's party_chat", content("party_chat to the party")).channel())
                .isEqualTo(Messages.CHANNEL_PARTY);

        brunoHears.await("last", content("the last word"));
        chenHears.await("last", content("the last word"));
        assertThat(contents(brunoHears)).containsSubsequence("to everyone", "to the Nexus", "to the Covenant",
                "to the party", "faction_chat to the Covenant", "party_chat to the party", "the last word")
                .doesNotContain("to Chen alone");
        assertThat(chenHears.all()).filteredOn(chat -> List.of(anna.id(), bruno.id()).contains(chat.senderId()))
                .extracting(Chat::content).containsExactly("to everyone", "to Chen alone", "the last word");
    }

    @Test
    void everyoneOnlineHearsEveryGlobalLineOnceInTheOrderEachWasSent() {
        List<Player> talkers = List.of(players.player(Players.CRIMSON), players.player(Players.AZURE),
                players.player(Players.VERDANT), players.player(Players.UMBRAL));
        List<Inbox<Chat>> inboxes = talkers.stream()
                .map(talker -> Inbox.of(talker.client(), MessageTypes.CHAT, Chat.class)).toList();
        List<Long> talkerIds = talkers.stream().map(Player::id).toList();

        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (int line = 1; line <= 3; line++) {
            for (Player talker : talkers) {
                sent.add(talker.client().sendChat(Messages.CHANNEL_GLOBAL, talker.name() + " line " + line));
            }
        }
        sent.forEach(Await::result);

        for (Inbox<Chat> inbox : inboxes) {
            List<Chat> heard = inbox.awaitCount("from the four talkers", 12, chat -> talkerIds.contains(chat.senderId()));
            assertThat(heard).extracting(Chat::messageId).doesNotHaveDuplicates();
            for (Player talker : talkers) {
                assertThat(heard).filteredOn(chat -> chat.senderId().equals(talker.id())).extracting(Chat::content)
                        .containsExactly(talker.name() + " line 1", talker.name() + " line 2", talker.name() + " line 3");
            }
        }
    }

    @Test
    void markupIsDeliveredEscapedAndTrimmed() {
        Player sender = players.player(Players.UMBRAL);
        Inbox<Chat> heard = Inbox.of(sender.client(), MessageTypes.CHAT, Chat.class);

        Await.result(sender.client().sendChat(Messages.CHANNEL_GLOBAL, "  <b>\"Tom\" & 'Jerry'</b>  "));

        assertThat(heard.await("own line back", chat -> sender.id() == chat.senderId()).content())
                .isEqualTo("&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;");
    }

    @Test
    void historyKeepsEachChannelNewestLastAndPagesBackwards() {
        Player anna = players.player(Players.VERDANT);
        Player bruno = players.player(Players.VERDANT);
        Parties.form(anna, bruno);
        Inbox<Chat> brunoHears = Inbox.of(bruno.client(), MessageTypes.CHAT, Chat.class);
        Await.result(anna.client().sendChat(Messages.CHANNEL_GLOBAL, "history <global>"));
        Await.result(anna.client().sendChat(Messages.CHANNEL_LOCATION, "history location"));
        Await.result(anna.client().sendFactionChat("history faction"));
        Await.result(anna.client().sendPartyChat("history party 1"));
        Await.result(bruno.client().sendPartyChat("history party 2"));
        Await.result(anna.client().sendWhisper(bruno.id(), "history whisper"));
        brunoHears.await("the whisper", content("history whisper"));
        GameClient reader = bruno.client();

        assertThat(contents(Await.result(reader.chatHistory(Messages.CHANNEL_GLOBAL, 200, null))))
                .contains("history &lt;global&gt;");
        assertThat(contents(Await.result(reader.chatHistory(Messages.CHANNEL_LOCATION, null, null))))
                .contains("history location");
        assertThat(contents(Await.result(reader.chatHistory(Messages.CHANNEL_FACTION, null, null))))
                .contains("history faction");
        assertThat(contents(Await.result(reader.chatHistory(Messages.CHANNEL_WHISPER, null, null))))
                .containsExactly("history whisper");
        List<Chat> party = Await.result(reader.chatHistory(Messages.CHANNEL_PARTY, null, null));
        assertThat(contents(party)).containsExactly("history party 1", "history party 2");
        String newest = party.get(party.size() - 1).messageId();
        assertThat(contents(Await.result(reader.chatHistory(Messages.CHANNEL_PARTY, 1, newest))))
                .containsExactly("history party 1");
    }

    @Test
    void aWhisperToACharacterWhoIsNotOnlineIsNotFound() {
        Player sender = players.player(Players.AZURE);
        Api.Session absent = Api.newSession();
        long offline = Api.createCharacter(absent.token(), Api.uniqueName("Absent "), Players.AZURE)
                .getJsonNumber("id").longValue();

        assertThat(Refusals.codeOf(sender.client().sendWhisper(offline, "are you there?"))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    private static Predicate<Chat> content(String content) {
        return chat -> content.equals(chat.content());
    }

    private static List<String> contents(Inbox<Chat> inbox) {
        return contents(inbox.all());
    }

    private static List<String> contents(List<Chat> chats) {
        return chats.stream().map(Chat::content).toList();
    }
}
