package com.shardsofeternity.server.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.ClientConfig;
import com.shardsofeternity.client.Messages;
import com.shardsofeternity.client.NotConnectedException;
import com.shardsofeternity.client.realtime.ConnectionState;
import com.shardsofeternity.client.realtime.ResyncSnapshot;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.Chat;
import com.shardsofeternity.protocol.model.CharacterView;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import com.shardsofeternity.server.it.Api;
import com.shardsofeternity.server.it.SeedData;
import com.shardsofeternity.server.it.client.Players.Player;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connections that die without a close handshake, cut in a relay between client and server: the
 * library reconnects and resumes so that nothing is lost or repeated, and re-reads the state over REST
 * when the server could not keep everything it missed.
 */
class ReconnectionIT {

    private static final long WHISPERING_WOODS = 2;
    /**
     * Round trips of each mover out of the listener's location and back: each sends the listener three
     * messages (left, entered, character_update), 270 in all, more than the server keeps for replay (256).
     */
    private static final int ROUND_TRIPS_EACH = 30;

    private final Players players = new Players();
    private TcpRelay network;

    @BeforeEach
    void openNetwork() throws IOException {
        network = TcpRelay.to(Api.baseUrl());
    }

    @AfterEach
    void closeEverything() throws IOException {
        players.close();
        network.close();
    }

    @Test
    void aStreamOfWhispersSurvivesADroppedConnectionWithEveryMessageOnceAndInOrder() throws IOException {
        Player listener = players.player(Players.CRIMSON, throughTheRelay());
        List<Player> senders = List.of(players.player(Players.AZURE), players.player(Players.VERDANT),
                players.player(Players.UMBRAL));
        Inbox<Chat> heard = Inbox.of(listener.client(), MessageTypes.CHAT, Chat.class);
        ConnectionEvents events = ConnectionEvents.of(listener.client());
        DeliveryLog log = DeliveryLog.of(listener.client());

        whisperRound(senders, listener, 1);
        whisperRound(senders, listener, 2);
        heard.awaitCount("before the drop", 6, whisper());

        network.loseWhatTheServerSends();
        CompletableFuture<Void> answerLostOnTheWire = listener.client().sendChat(Messages.CHANNEL_GLOBAL, "as the line died");
        whisperRound(senders, listener, 3);
        network.refuseConnections();
        assertThat(network.cutWebSockets()).isEqualTo(1);
        events.awaitState(ConnectionState.RECONNECTING, 1);
        assertThatThrownBy(() -> Await.result(listener.client().sendChat(Messages.CHANNEL_GLOBAL, "anyone?")))
                .isInstanceOf(NotConnectedException.class);
        whisperRound(senders, listener, 4);
        network.acceptConnectionsAgain();

        Await.result(answerLostOnTheWire);
        events.awaitState(ConnectionState.CONNECTED, 1);
        whisperRound(senders, listener, 5);

        heard.await("of our own line", chat -> "as the line died".equals(chat.content()));
        List<Chat> whispers = heard.awaitCount("after the reconnect", 15, whisper());
        assertThat(heard.matching(whisper())).hasSize(15);
        assertThat(whispers).extracting(Chat::messageId).doesNotHaveDuplicates();
        for (Player sender : senders) {
            assertThat(whispers).filteredOn(chat -> chat.senderId().equals(sender.id())).extracting(Chat::content)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 5).mapToObj(round -> line(sender, round)).toList());
        }
        assertThat(log.resumedFlags()).containsExactly(true);
        List<Long> seqs = log.seqs();
        assertThat(seqs).as("every seq delivered, once, in order")
                .isEqualTo(LongStream.rangeClosed(seqs.get(0), seqs.get(seqs.size() - 1)).boxed().toList());
        assertThat(listener.client().lastSeq()).isGreaterThanOrEqualTo(seqs.get(seqs.size() - 1));
    }

    @Test
    void whenTheServerNoLongerKeepsWhatWasMissedTheClientResyncsBeforeDeliveringAnythingNewer() throws IOException {
        Player listener = players.player(Players.CRIMSON, throughTheRelay());
        List<Player> movers = List.of(players.player(Players.AZURE), players.player(Players.VERDANT),
                players.player(Players.UMBRAL));
        long start = SeedData.startingLocationId();
        ConnectionEvents events = ConnectionEvents.of(listener.client());
        DeliveryLog log = DeliveryLog.of(listener.client());
        Inbox<Chat> heard = Inbox.of(listener.client(), MessageTypes.CHAT, Chat.class);
        long seqBeforeTheDrop = listener.client().lastSeq();

        network.refuseConnections();
        assertThat(network.cutWebSockets()).isEqualTo(1);
        events.awaitState(ConnectionState.RECONNECTING, 1);
        movers.stream().map(mover -> walkBackAndForth(mover, start, WHISPERING_WOODS, ROUND_TRIPS_EACH))
                .toList().forEach(Await::result);
        Player newcomer = players.player(Players.AZURE);
        network.acceptConnectionsAgain();

        ResyncSnapshot snapshot = events.awaitResync();
        awaitAfterTheDrop(log, MessageTypes.NEARBY_PLAYERS);

        assertThat(log.resumedFlags()).containsExactly(false);
        assertThat(snapshot.worldState()).isNotNull();
        assertThat(snapshot.characters()).extracting(CharacterView::id).containsExactly(listener.id());
        assertThat(snapshot.locationId()).isEqualTo(start);
        List<Long> expectedNearby = List.of(listener.id(), movers.get(0).id(), movers.get(1).id(), movers.get(2).id(),
                newcomer.id());
        assertThat(snapshot.nearbyPlayers()).extracting(NearbyPlayer::characterId).containsAll(expectedNearby);
        assertThat(listener.client().getNearbyPlayers()).extracting(NearbyPlayer::characterId).containsAll(expectedNearby);
        List<String> afterTheDrop = eventsFrom(log.events(), ConnectionState.RECONNECTING.name());
        assertThat(afterTheDrop.indexOf("resync")).isNotNegative()
                .isLessThan(afterTheDrop.indexOf(MessageTypes.NEARBY_PLAYERS));
        assertThat(listener.client().lastSeq()).isGreaterThan(seqBeforeTheDrop + 3L * ROUND_TRIPS_EACH * movers.size());

        Await.result(newcomer.client().sendChat(Messages.CHANNEL_GLOBAL, "welcome back"));
        heard.await("after the resync", chat -> "welcome back".equals(chat.content()));
    }

    /**
     * A client that reaches the server through the relay, retries soon after a drop, and lets a request
     * wait out a whole drop and reconnect for its answer even on a slow machine.
     */
    private ClientConfig throughTheRelay() {
        return Players.config().toBuilder()
                .serverUrl(network.url())
                .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(250), 0.5)
                .requestTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** {@code trips} acknowledged moves from {@code home} to {@code away} and back, one after the other. */
    private static CompletableFuture<Void> walkBackAndForth(Player walker, long home, long away, int trips) {
        CompletableFuture<Void> walk = CompletableFuture.completedFuture(null);
        for (int i = 0; i < trips; i++) {
            walk = walk.thenCompose(there -> walker.client().sendMove(home, away))
                    .thenCompose(back -> walker.client().sendMove(away, home));
        }
        return walk;
    }

    private static void whisperRound(List<Player> senders, Player recipient, int round) {
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        senders.forEach(sender -> sent.add(sender.client().sendWhisper(recipient.id(), line(sender, round))));
        sent.forEach(Await::result);
    }

    private static String line(Player sender, int round) {
        return sender.name() + " #" + round;
    }

    private static Predicate<Chat> whisper() {
        return chat -> Messages.CHANNEL_WHISPER.equals(chat.channel());
    }

    /** Waits until {@code type} was delivered after the drop (an older one may still sit in any inbox). */
    private static void awaitAfterTheDrop(DeliveryLog log, String type) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (!eventsFrom(log.events(), ConnectionState.RECONNECTING.name()).contains(type)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(type + " never arrived after the reconnect: " + log.events());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }

    private static List<String> eventsFrom(List<String> events, String first) {
        int from = events.indexOf(first);
        assertThat(from).as("%s in %s", first, events).isNotNegative();
        return events.subList(from, events.size());
    }
}
