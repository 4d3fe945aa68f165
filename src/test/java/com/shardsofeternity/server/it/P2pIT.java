package com.shardsofeternity.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.ClientConfig;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.client.dispatch.IncomingMessage;
import com.shardsofeternity.client.p2p.ConnectedPeer;
import com.shardsofeternity.client.p2p.PeerLinkException;
import com.shardsofeternity.client.realtime.ConnectionState;
import com.shardsofeternity.client.realtime.TransportConnection;
import com.shardsofeternity.client.realtime.TransportListener;
import com.shardsofeternity.client.realtime.TyrusTransport;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.Priority;
import com.shardsofeternity.protocol.message.Chat;
import com.shardsofeternity.protocol.message.NearbyPlayers;
import com.shardsofeternity.protocol.message.P2pOffer;
import com.shardsofeternity.protocol.message.P2pRegister;
import com.shardsofeternity.protocol.model.LocationView;
import com.shardsofeternity.server.it.client.Refusals;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Peer-to-peer play end to end: real clients of the library, introduced by the server under test,
 * talking over their own listeners on loopback.
 */
@ExtendWith(ServerReady.class)
class P2pIT {

    private static final String FACTION = "Verdant Circle";
    private static final String DUEL_CHALLENGE = "duel_challenge";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /** A game's own message, unknown to the master server. */
    public record DuelChallenge(String weapon, String marker) {
    }

    /** A player of this test: its account, its connected client and what its handlers saw. */
    private record Peer(Api.Player account, GameClient client, List<IncomingMessage> seen, List<Throwable> errors,
                        BlockingQueue<P2pOffer> offers) {
        long id() {
            return account.characterId();
        }

        String name() {
            return account.characterName();
        }
    }

    private final List<GameClient> clients = new CopyOnWriteArrayList<>();

    @AfterEach
    void logEveryoneOut() {
        for (GameClient client : clients) {
            client.logout().handle((done, error) -> null).orTimeout(5, TimeUnit.SECONDS).join();
            client.close();
        }
    }

    private static ClientConfig config(Consumer<ClientConfig.Builder> tweak) {
        MessageTypes types = MessageTypes.standard();
        types.register(DUEL_CHALLENGE, DuelChallenge.class, Priority.NORMAL);
        ClientConfig.Builder builder = ClientConfig.builder().serverUrl(Api.baseUrl()).p2pPort(0).messageTypes(types);
        tweak.accept(builder);
        return builder.build();
    }

    private Peer online() throws Exception {
        return online(config(builder -> { }));
    }

    /** A new player with a character in the starting location, connected and told who is there. */
    private Peer online(ClientConfig config) throws Exception {
        return connect(Api.newPlayer(FACTION), config);
    }

    private Peer connect(Api.Player account, ClientConfig config) throws Exception {
        GameClient client = new GameClient(config);
        clients.add(client);
        List<IncomingMessage> seen = new CopyOnWriteArrayList<>();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        BlockingQueue<P2pOffer> offers = new LinkedBlockingQueue<>();
        client.registerCatchAllHandler(seen::add);
        client.registerErrorHandler((error, message) -> errors.add(error));
        client.registerHandler(MessageTypes.P2P_OFFER, P2pOffer.class, offers::add);
        CompletableFuture<NearbyPlayers> placed = new CompletableFuture<>();
        client.registerHandler(MessageTypes.NEARBY_PLAYERS, NearbyPlayers.class, placed::complete);
        Await.result(client.connectWithToken(account.token()));
        placed.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        return new Peer(account, client, seen, errors, offers);
    }

    private static ConnectedPeer link(Peer dialler, Peer listener) throws Exception {
        return dialler.client().connectToPeer(listener.id()).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    private static long neighborOfStart(GameClient client) {
        long start = SeedData.startingLocationId();
        return Await.result(client.getLocations()).stream().filter(location -> location.id() == start)
                .map(LocationView::neighbors).findFirst().orElseThrow().get(0);
    }

    private static List<IncomingMessage> fromServer(Peer peer) {
        return peer.seen().stream().filter(message -> !message.fromPeer()).toList();
    }

    @Test
    void introducedPlayersTalkDirectlyAndTheServerIsNotInThePath() throws Exception {
        Peer aria = online();
        Peer bram = online();
        Peer cato = online();
        int bramPort = Await.result(bram.client().registerPeerListener());

        ConnectedPeer linked = link(aria, bram);

        assertThat(linked).isEqualTo(new ConnectedPeer(bram.id(), bram.name(), true));
        P2pOffer dial = aria.offers().poll(5, TimeUnit.SECONDS);
        P2pOffer accept = bram.offers().poll(5, TimeUnit.SECONDS);
        assertThat(dial.role()).isEqualTo("dial");
        assertThat(dial.peerId()).isEqualTo(bram.id());
        assertThat(dial.host()).as("the address bram's socket comes from").isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");
        assertThat(dial.port()).isEqualTo(bramPort);
        assertThat(accept.role()).isEqualTo("accept");
        assertThat(accept.peerId()).isEqualTo(aria.id());
        assertThat(accept.peerName()).isEqualTo(aria.name());
        assertThat(accept.host()).as("aria registered no listener").isNull();
        assertThat(accept.ticket()).isEqualTo(dial.ticket()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(accept.sessionKey()).isEqualTo(dial.sessionKey()).hasSize(44);
        assertThat(dial.expiresAt()).isBetween(System.currentTimeMillis(), System.currentTimeMillis() + 31_000);
        Polling.until("bram to list aria", PATIENCE, () -> bram.client().connectedPeers().contains(new ConnectedPeer(aria.id(), aria.name(), true)));

        Await.result(aria.client().sendToPeer(bram.id(), DUEL_CHALLENGE, new DuelChallenge("sword", "first-marker")));
        Await.result(aria.client().disconnect());
        assertThat(aria.client().connectionState()).isNotEqualTo(ConnectionState.CONNECTED);
        Await.result(aria.client().sendToPeer(bram.id(), DUEL_CHALLENGE, new DuelChallenge("bow", "after-the-server-socket-closed")));
        Await.result(bram.client().sendToPeer(aria.id(), MessageTypes.CHAT, Chat.send("party", "reply-marker")));

        Polling.until("both challenges at bram", PATIENCE, () -> bram.seen().stream().filter(m -> m.type().equals(DUEL_CHALLENGE)).count() == 2);
        Polling.until("the reply at aria", PATIENCE, () -> aria.seen().stream().anyMatch(m -> m.fromPeer() && m.type().equals(MessageTypes.CHAT)));
        List<IncomingMessage> challenges = bram.seen().stream().filter(m -> m.type().equals(DUEL_CHALLENGE)).toList();
        assertThat(challenges).allSatisfy(challenge -> {
            assertThat(challenge.fromPeer()).isTrue();
            assertThat(challenge.peerId()).hasValue(aria.id());
            assertThat(challenge.seq()).isEmpty();
        });
        assertThat(challenges).extracting(m -> m.payload(DuelChallenge.class).marker())
                .containsExactly("first-marker", "after-the-server-socket-closed");
        assertThat(aria.errors()).as("the server would refuse a type it does not know").isEmpty();
        for (Peer peer : List.of(aria, bram, cato)) {
            assertThat(fromServer(peer)).extracting(m -> m.json().toString())
                    .noneMatch(json -> json.contains("marker") || json.contains(DUEL_CHALLENGE));
        }
        assertThat(cato.seen()).noneMatch(IncomingMessage::fromPeer);
    }

    @Test
    void leavingTheLocationClosesTheLinkOnBothEnds() throws Exception {
        Peer aria = online();
        Peer bram = online();
        Await.result(bram.client().registerPeerListener());
        link(aria, bram);
        Polling.until("bram to list aria", PATIENCE, () -> !bram.client().connectedPeers().isEmpty());

        long start = SeedData.startingLocationId();
        Await.result(bram.client().sendMove(start, neighborOfStart(bram.client())));

        Polling.until("both ends to drop the link", PATIENCE,
                () -> aria.client().connectedPeers().isEmpty() && bram.client().connectedPeers().isEmpty());
    }

    @Test
    void theListenerHoldsNoMoreThanItsMaximumOfPeers() throws Exception {
        Peer bram = online(config(builder -> builder.p2pMaxConnections(1)));
        Peer aria = online();
        Peer cato = online();
        Await.result(bram.client().registerPeerListener());

        link(aria, bram);
        CompletableFuture<ConnectedPeer> second = cato.client().connectToPeer(bram.id());

        assertThatThrownBy(() -> second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .hasCauseInstanceOf(PeerLinkException.class).cause().hasMessageContaining("1013");
        assertThat(bram.client().p2p().stats().refusedOverLimit()).isEqualTo(1);
        assertThat(bram.client().connectedPeers()).extracting(ConnectedPeer::peerId).containsExactly(aria.id());
    }

    @Test
    void aTicketWorksOnlyOnceAndOnlyAtTheListenerItWasIssuedFor() throws Exception {
        Peer aria = online();
        Peer bram = online(config(quickToRefuse()));
        Peer dara = online(config(quickToRefuse()));
        int bramPort = Await.result(bram.client().registerPeerListener());
        int daraPort = Await.result(dara.client().registerPeerListener());
        link(aria, bram);
        String ariasTicket = aria.offers().poll(5, TimeUnit.SECONDS).ticket();

        try (TyrusTransport eve = new TyrusTransport(null, Duration.ofSeconds(5))) {
            assertThat(helloAndAwaitClose(eve, bramPort, ariasTicket)).as("used already").isEqualTo(1008);
            assertThat(helloAndAwaitClose(eve, daraPort, ariasTicket)).as("issued for bram's listener").isEqualTo(1008);
        }
        assertThat(bram.client().p2p().stats().refusedHandshakes()).isEqualTo(1);
        assertThat(dara.client().p2p().stats().refusedHandshakes()).isEqualTo(1);
        assertThat(bram.client().connectedPeers()).extracting(ConnectedPeer::peerId).containsExactly(aria.id());
        assertThat(dara.client().connectedPeers()).isEmpty();
    }

    /** Listeners wait this long for a ticket's offer before refusing it. */
    private static Consumer<ClientConfig.Builder> quickToRefuse() {
        return builder -> builder.connectTimeout(Duration.ofSeconds(3));
    }

    /** Dials a listener by hand, says hello with {@code ticket}, and returns the close code it gets. */
    private static int helloAndAwaitClose(TyrusTransport transport, int port, String ticket) throws Exception {
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        TransportConnection connection = transport.open(URI.create("ws://127.0.0.1:" + port + "/"), new TransportListener() {
            @Override
            public void onText(String text) {
                closed.completeExceptionally(new AssertionError("the listener answered a stolen ticket"));
            }

            @Override
            public void onClosed(int code, String reason) {
                closed.complete(code);
            }
        }).get(5, TimeUnit.SECONDS);
        connection.sendText("{\"type\":\"p2p_hello\",\"ticket\":\"" + ticket + "\",\"encryption\":true}");
        return closed.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void connectingToAPeerThatIsNotOnlineIsNotFound() throws Exception {
        Peer aria = online();
        Api.Player neverConnected = Api.newPlayer(FACTION);

        assertThat(Refusals.codeOf(aria.client().connectToPeer(neverConnected.characterId()))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(Refusals.codeOf(aria.client().connectToPeer(Long.MAX_VALUE))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void connectingToAPeerInAnotherLocationIsForbidden() throws Exception {
        Peer aria = online();
        Peer bram = online();
        Await.result(bram.client().registerPeerListener());
        Await.result(bram.client().sendMove(SeedData.startingLocationId(), neighborOfStart(bram.client())));

        assertThat(Refusals.codeOf(aria.client().connectToPeer(bram.id()))).isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void connectingToAPeerWithoutAListenerIsForbidden() throws Exception {
        Peer aria = online();
        Peer bram = online();

        assertThat(Refusals.codeOf(aria.client().connectToPeer(bram.id()))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(Refusals.codeOf(aria.client().connectToPeer(aria.id()))).as("oneself").isEqualTo(ErrorCode.INVALID_MESSAGE);
    }

    @Test
    void aListenerIsForgottenWhenItsCharacterGoesOffline() throws Exception {
        Peer aria = online();
        Peer bram = online();
        Await.result(bram.client().registerPeerListener());
        Await.result(bram.client().logout());
        clients.remove(bram.client());
        bram.client().close();

        Peer bramAgain = connect(withNewToken(bram.account()), config(builder -> { }));

        assertThat(Refusals.codeOf(aria.client().connectToPeer(bramAgain.id()))).isEqualTo(ErrorCode.FORBIDDEN);
    }

    private static Api.Player withNewToken(Api.Player player) {
        String token = Api.login(player.username());
        Api.Reply selected = Api.post("/api/characters/select", token, Api.json("character_id", player.characterId()));
        assertThat(selected.status()).isEqualTo(200);
        return new Api.Player(player.username(), player.password(), token, player.playerId(), player.characterId(),
                player.characterName());
    }

    @Test
    void aPortOutsideOneTo65535IsRefused() throws Exception {
        Peer aria = online();

        assertThat(Refusals.codeOf(aria.client().send(MessageTypes.P2P_REGISTER, new P2pRegister(0, null)))).isEqualTo(ErrorCode.INVALID_MESSAGE);
        assertThat(Refusals.codeOf(aria.client().send(MessageTypes.P2P_REGISTER, new P2pRegister(70_000, null)))).isEqualTo(ErrorCode.INVALID_MESSAGE);
        assertThat(Refusals.codeOf(aria.client().send(MessageTypes.P2P_REGISTER, new P2pRegister(null, null)))).isEqualTo(ErrorCode.INVALID_MESSAGE);
    }

    @Test
    void aDeclaredHostIsIgnoredUnlessTheServerTrustsClientHosts() throws Exception {
        Peer aria = online();
        Peer bram = online();
        int bramPort = Await.result(bram.client().registerPeerListener("203.0.113.9"));

        link(aria, bram);

        P2pOffer dial = aria.offers().poll(5, TimeUnit.SECONDS);
        assertThat(dial.host()).isNotEqualTo("203.0.113.9");
        assertThat(dial.port()).isEqualTo(bramPort);
    }
}
