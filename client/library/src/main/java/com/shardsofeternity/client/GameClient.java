package com.shardsofeternity.client;

import com.shardsofeternity.client.dispatch.ErrorHandler;
import com.shardsofeternity.client.dispatch.HandlerRegistry;
import com.shardsofeternity.client.dispatch.IncomingMessage;
import com.shardsofeternity.client.dispatch.MessageDispatcher;
import com.shardsofeternity.client.dispatch.MessageHandler;
import com.shardsofeternity.client.dispatch.PayloadHandler;
import com.shardsofeternity.client.dispatch.Registration;
import com.shardsofeternity.client.dispatch.SerialExecutor;
import com.shardsofeternity.client.p2p.ConnectedPeer;
import com.shardsofeternity.client.p2p.P2pContext;
import com.shardsofeternity.client.p2p.P2pNode;
import com.shardsofeternity.client.p2p.PeerPresenceWatch;
import com.shardsofeternity.client.p2p.PeerSettings;
import com.shardsofeternity.client.presence.LocalPlayer;
import com.shardsofeternity.client.presence.PresenceCache;
import com.shardsofeternity.client.presence.PresenceUpdater;
import com.shardsofeternity.client.realtime.Backoff;
import com.shardsofeternity.client.realtime.ConnectionListener;
import com.shardsofeternity.client.realtime.ConnectionState;
import com.shardsofeternity.client.realtime.RealtimeSession;
import com.shardsofeternity.client.realtime.RealtimeSettings;
import com.shardsofeternity.client.realtime.SessionObserver;
import com.shardsofeternity.client.realtime.Transport;
import com.shardsofeternity.client.realtime.TyrusTransport;
import com.shardsofeternity.client.rest.MasterServerApi;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.AuthResponse;
import com.shardsofeternity.protocol.message.Chat;
import com.shardsofeternity.protocol.message.CombatAction;
import com.shardsofeternity.protocol.message.P2pConnect;
import com.shardsofeternity.protocol.message.P2pRegister;
import com.shardsofeternity.protocol.model.CharacterView;
import com.shardsofeternity.protocol.model.LocationView;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import com.shardsofeternity.protocol.model.PartyView;
import com.shardsofeternity.protocol.model.Position;
import com.shardsofeternity.protocol.model.RegisterResponse;
import com.shardsofeternity.protocol.model.ShardView;
import com.shardsofeternity.protocol.model.WorldStateView;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A player's connection to the master server: REST calls, the authenticated socket, handlers for
 * what the server pushes, and a cache of who is nearby. Thread-safe; close it when done.
 *
 * <p><b>Requests.</b> Socket requests carry an {@code id} and their future completes on the server's
 * {@code ack}, fails with a {@link MasterServerException} on its {@code error}, or fails with a
 * {@code TimeoutException} after the request timeout; nothing stays pending. While the socket is not
 * {@link ConnectionState#CONNECTED} they fail at once with {@link NotConnectedException}.
 *
 * <p><b>Threads.</b> The socket's I/O threads only hand frames on. One control thread per client
 * decodes them, drops repeated seqs, answers pings, settles request futures (so non-async
 * continuations of those futures run there: keep them short) and drives heartbeats and reconnects.
 * Handlers, error handlers and listeners run one at a time, in arrival order, on a dispatch thread of
 * the client or on the configured handler executor. A handler may block on a request's future
 * (the answer is settled on the control thread, not behind it), though it then delays later messages.
 * REST futures complete on the client's HTTP threads.
 */
public final class GameClient implements AutoCloseable {

    private final ClientConfig config;
    private final ClientResources resources;
    private final HandlerRegistry handlers = new HandlerRegistry();
    private final MessageDispatcher dispatcher;
    private final PresenceCache presence = new PresenceCache();
    private final LocalPlayer self = new LocalPlayer();
    private final MasterServerApi api;
    private final RealtimeSession session;
    private final ResyncRefresher resync;
    private final P2pNode p2p;
    private final AtomicBoolean closed = new AtomicBoolean();

    public GameClient(ClientConfig config) {
        this(config, new TyrusTransport(config.sslContext().orElse(null), config.connectTimeout()));
    }

    /** A client over another transport; the seam the session tests use. */
    GameClient(ClientConfig config, Transport transport) {
        this.config = config;
        this.resources = new ClientResources(config, transport);
        MessageCodec codec = new MessageCodec(config.messageTypes());
        this.dispatcher = new MessageDispatcher(codec, handlers, new SerialExecutor(resources.handlerExecutor()));
        new PresenceUpdater(presence, self, System::currentTimeMillis).attachTo(handlers);
        this.api = new MasterServerApi(config, resources.httpExecutor());
        this.resync = new ResyncRefresher(api, self, presence, dispatcher);
        RealtimeSettings settings = new RealtimeSettings(config.webSocketUri(), config.requestTimeout(),
                config.heartbeatInterval(), config.autoReconnect(), config.reconnectMaxAttempts(),
                new Backoff(config.reconnectInitialDelay(), config.reconnectMaxDelay(), config.reconnectJitter()));
        this.session = new RealtimeSession(settings, transport, resources.control(), dispatcher, new Observer());
        this.p2p = new P2pNode(new PeerSettings(config.p2pPort(), config.p2pMaxConnections(), config.p2pEncryption(),
                config.encryptionKey().orElse(null), config.connectTimeout()), new PeerSide(), transport, codec,
                resources.control(), resources.threads("p2p"), Clock.systemUTC());
        new PeerPresenceWatch(p2p, self).attachTo(handlers);
    }

    /** A client configured from the environment, logged in and connected; closed again if that fails. */
    public static CompletableFuture<GameClient> createClientAndConnect(String username, String password) {
        return createClientAndConnect(ClientConfig.fromEnvironment(), username, password);
    }

    /** A client with {@code config}, logged in and connected; closed again if that fails. */
    public static CompletableFuture<GameClient> createClientAndConnect(ClientConfig config, String username, String password) {
        GameClient client = new GameClient(config);
        return client.connect(username, password).handle((auth, failure) -> {
            if (failure != null) {
                client.close();
                throw failure instanceof CompletionException wrapped ? wrapped : new CompletionException(failure);
            }
            return client;
        });
    }

    // ---- session ----------------------------------------------------------------------------------

    public CompletableFuture<RegisterResponse> register(String username, String password) {
        return api.register(username, password);
    }

    /**
     * Logs in over REST, then opens the socket and authenticates it. Completes with the successful
     * {@code auth_response}; fails with the login's or the handshake's error.
     */
    public CompletableFuture<AuthResponse> connect(String username, String password) {
        return api.login(username, password).thenCompose(login -> {
            presence.clear();
            self.clear();
            self.playerId(login.playerId());
            return session.connect(login.token());
        });
    }

    /**
     * Opens the socket with a token from an earlier login (kept by the game, or from {@link #api()}),
     * skipping the REST login; REST calls use the same token.
     */
    public CompletableFuture<AuthResponse> connectWithToken(String token) {
        api.useToken(token);
        presence.clear();
        self.clear();
        return session.connect(token);
    }

    /** Closes the socket and ends the session on the server; listeners hear a client-requested end. */
    public CompletableFuture<Void> logout() {
        p2p.closeLinks();
        return session.disconnect("logged out")
                .thenCompose(closedSocket -> api.logout())
                .whenComplete((done, failure) -> {
                    presence.clear();
                    self.clear();
                });
    }

    /** Closes the socket without reconnecting; the REST token stays valid. */
    public CompletableFuture<Void> disconnect() {
        return session.disconnect("disconnected by the client");
    }

    public ConnectionState connectionState() {
        return session.state();
    }

    /** The last server seq seen, kept across reconnects. */
    public long lastSeq() {
        return session.lastSeq();
    }

    /** Round trip of a {@code ping}. */
    public CompletableFuture<Duration> ping() {
        return session.ping();
    }

    // ---- characters -------------------------------------------------------------------------------

    public CompletableFuture<List<CharacterView>> listCharacters() {
        return api.listCharacters();
    }

    public CompletableFuture<CharacterView> createCharacter(String name, String faction) {
        return api.createCharacter(name, faction);
    }

    /** Plays {@code characterId} from now on; the server then sends its location's {@code nearby_players}. */
    public CompletableFuture<CharacterView> selectCharacter(long characterId) {
        return api.selectCharacter(characterId).thenApply(character -> {
            self.character(character);
            return character;
        });
    }

    // ---- chat -------------------------------------------------------------------------------------

    /** Chat on {@code global}, {@code location}, {@code faction} or {@code party}. */
    public CompletableFuture<Void> sendChat(String channel, String content) {
        return acked(session.request(MessageTypes.CHAT, Messages.chat(channel, content)));
    }

    public CompletableFuture<Void> sendPartyChat(String content) {
        return acked(session.request(MessageTypes.PARTY_CHAT, Messages.partyChat(content)));
    }

    public CompletableFuture<Void> sendFactionChat(String content) {
        return acked(session.request(MessageTypes.FACTION_CHAT, Messages.factionChat(content)));
    }

    public CompletableFuture<Void> sendWhisper(long recipientCharacterId, String content) {
        return acked(session.request(MessageTypes.WHISPER, Messages.whisper(recipientCharacterId, content)));
    }

    /** A channel's history over REST, newest last; {@code limit} and {@code before} may be null. */
    public CompletableFuture<List<Chat>> chatHistory(String channel, Integer limit, String before) {
        return api.chatHistory(channel, limit, before);
    }

    // ---- movement ---------------------------------------------------------------------------------

    /** Travels to a neighboring location; on success the current location is {@code to}. */
    public CompletableFuture<Void> sendMove(long fromLocationId, long toLocationId) {
        return session.request(MessageTypes.MOVE, Messages.move(fromLocationId, toLocationId)).thenApply(ack -> {
            self.locationId(toLocationId);
            return null;
        });
    }

    /**
     * Reports the character's position. Sent without an {@code id}, so without an answer: at up to 20
     * updates a second the server may silently drop some, which would leave answered requests hanging
     * until their timeout. A refused step shows up as the server's own {@code location_update}.
     */
    public CompletableFuture<Void> sendPositionUpdate(Position position, Position velocity) {
        return session.post(MessageTypes.LOCATION_UPDATE, Messages.locationUpdate(position, velocity));
    }

    // ---- party ------------------------------------------------------------------------------------

    public CompletableFuture<PartyView> createParty(String name) {
        return api.createParty(name);
    }

    public CompletableFuture<PartyView> getParty(long partyId) {
        return api.getParty(partyId);
    }

    public CompletableFuture<Void> inviteToParty(long partyId, long inviteeCharacterId) {
        return acked(session.request(MessageTypes.PARTY_INVITE, Messages.partyInvite(partyId, inviteeCharacterId)));
    }

    public CompletableFuture<Void> joinParty(long partyId) {
        return acked(session.request(MessageTypes.PARTY_JOIN, Messages.partyJoin(partyId)));
    }

    public CompletableFuture<Void> leaveParty(long partyId) {
        return acked(session.request(MessageTypes.PARTY_LEAVE, Messages.partyLeave(partyId)));
    }

    // ---- combat -----------------------------------------------------------------------------------

    public CompletableFuture<Void> startCombat(List<Long> targetCharacterIds) {
        return acked(session.request(MessageTypes.COMBAT_START, Messages.combatStart(targetCharacterIds)));
    }

    public CompletableFuture<Void> sendCombatAction(CombatAction action) {
        return acked(session.request(MessageTypes.COMBAT_ACTION, action));
    }

    public CompletableFuture<Void> attack(String combatId, long targetId) {
        return sendCombatAction(Messages.attack(combatId, targetId));
    }

    public CompletableFuture<Void> castSpell(String combatId, long targetId, String abilityName) {
        return sendCombatAction(Messages.castSpell(combatId, targetId, abilityName));
    }

    public CompletableFuture<Void> useItem(String combatId, long itemId) {
        return sendCombatAction(Messages.useItem(combatId, itemId));
    }

    public CompletableFuture<Void> defend(String combatId) {
        return sendCombatAction(Messages.defend(combatId));
    }

    public CompletableFuture<Void> flee(String combatId) {
        return sendCombatAction(Messages.flee(combatId));
    }

    // ---- world ------------------------------------------------------------------------------------

    public CompletableFuture<WorldStateView> getWorldState() {
        return api.getWorldState();
    }

    public CompletableFuture<List<ShardView>> getShardStatus() {
        return api.getShards();
    }

    public CompletableFuture<List<LocationView>> getLocations() {
        return api.getLocations();
    }

    public CompletableFuture<List<String>> getFactions() {
        return api.getFactions();
    }

    public CompletableFuture<Void> captureShard(long shardId) {
        return acked(session.request(MessageTypes.CAPTURE_SHARD, Messages.captureShard(shardId)));
    }

    /** Who the presence cache says is at {@code locationId}; no round trip. */
    public List<NearbyPlayer> getNearbyPlayers(long locationId) {
        return presence.playersAt(locationId);
    }

    /** Who the presence cache says is at the current location; empty while it is unknown. */
    public List<NearbyPlayer> getNearbyPlayers() {
        return self.locationId().map(presence::playersAt).orElse(List.of());
    }

    /** Who the server says is at {@code locationId} now, over REST. */
    public CompletableFuture<List<NearbyPlayer>> fetchPlayersAt(long locationId) {
        return api.getPlayersAt(locationId);
    }

    // ---- custom messages and handlers -------------------------------------------------------------

    /** Sends a message of any registered type (a game's own included) and waits for its {@code ack}. */
    public CompletableFuture<Void> send(String type, Object payload) {
        return acked(session.request(type, payload));
    }

    /** Sends a message of any registered type without asking for an answer. */
    public CompletableFuture<Void> post(String type, Object payload) {
        return session.post(type, payload);
    }

    public Registration registerHandler(String type, MessageHandler handler) {
        return handlers.register(type, handler);
    }

    /** A handler that receives the payload bound to {@code model}. */
    public <T> Registration registerHandler(String type, Class<T> model, PayloadHandler<T> handler) {
        return handlers.register(type, model, handler);
    }

    public Registration registerCatchAllHandler(MessageHandler handler) {
        return handlers.registerCatchAll(handler);
    }

    public Registration registerErrorHandler(ErrorHandler handler) {
        return handlers.registerErrorHandler(handler);
    }

    public Registration addConnectionListener(ConnectionListener listener) {
        return session.addListener(listener);
    }

    /**
     * Hands a frame received from a peer to the handlers, flagged {@link IncomingMessage#fromPeer()}.
     * Peer messages bypass seq de-duplication and never touch the presence cache.
     */
    public void deliverPeerFrame(String frame) {
        dispatcher.dispatchFrame(frame, true);
    }

    // ---- peer to peer -----------------------------------------------------------------------------

    /**
     * Starts this client's peer listener on {@code P2P_PORT} (once) and registers it with the server
     * ({@code p2p_register}); completes with the bound port on the server's {@code ack}. The server
     * forgets the registration when the character goes offline; the client repeats it whenever the
     * server announces the character's location, so it survives reconnects and new selections.
     */
    public CompletableFuture<Integer> registerPeerListener() {
        return p2p.registerListener(null);
    }

    /** As {@link #registerPeerListener()}, declaring the host peers should dial (used only by servers that trust it). */
    public CompletableFuture<Integer> registerPeerListener(String host) {
        return p2p.registerListener(host);
    }

    /**
     * Asks the server to introduce this client to the character {@code peerId} ({@code p2p_connect}),
     * dials its listener and completes when the encrypted link is open. Fails with the server's refusal
     * as a {@link MasterServerException} ({@code NOT_FOUND}: not online; {@code FORBIDDEN}: elsewhere or
     * without a listener), or a {@link com.shardsofeternity.client.p2p.PeerLinkException}.
     */
    public CompletableFuture<ConnectedPeer> connectToPeer(long peerId) {
        return p2p.connect(peerId);
    }

    /**
     * Sends a message of a registered type straight to a connected peer; the server never sees it. The
     * peer's handlers get it with {@link IncomingMessage#fromPeer()} and {@link IncomingMessage#peerId()}.
     */
    public CompletableFuture<Void> sendToPeer(long peerId, String type, Object payload) {
        return p2p.send(peerId, type, payload);
    }

    /** The open peer links. */
    public List<ConnectedPeer> connectedPeers() {
        return p2p.connectedPeers();
    }

    /** The peer-to-peer side: the listener's port, closing single links, and the counts of refused frames. */
    public P2pNode p2p() {
        return p2p;
    }

    // ---- state ------------------------------------------------------------------------------------

    public ClientConfig config() {
        return config;
    }

    public PresenceCache presence() {
        return presence;
    }

    /** Ids and location of this client's own player and character. */
    public LocalPlayer localPlayer() {
        return self;
    }

    /** Direct access to every REST endpoint. */
    public MasterServerApi api() {
        return api;
    }

    /** Disconnects if connected and stops every thread the client started. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        p2p.close();
        CompletableFuture<Void> disconnected = session.disconnect("client closed");
        api.close();
        resources.close(disconnected);
    }

    private static CompletableFuture<Void> acked(CompletableFuture<IncomingMessage> answer) {
        return answer.thenApply(ack -> null);
    }

    /** The master server and the handlers, as the peer-to-peer node uses them. */
    private final class PeerSide implements P2pContext {
        @Override
        public CompletableFuture<Void> registerListener(int port, String host) {
            return acked(session.request(MessageTypes.P2P_REGISTER, new P2pRegister(port, host)));
        }

        @Override
        public CompletableFuture<Void> requestIntroduction(long peerId) {
            return acked(session.request(MessageTypes.P2P_CONNECT, new P2pConnect(peerId)));
        }

        @Override
        public void deliver(long peerId, String message) {
            dispatcher.dispatchPeerFrame(message, peerId);
        }

        @Override
        public Optional<Long> currentLocation() {
            return self.locationId();
        }
    }

    /** Keeps the local player's ids in step with the session and starts a resync when resume failed. */
    private final class Observer implements SessionObserver {
        @Override
        public void authenticated(AuthResponse response, boolean fresh) {
            if (response.playerId() != null) {
                self.playerId(response.playerId());
            }
            if (response.characterId() != null) {
                self.characterId(response.characterId());
            }
        }

        @Override
        public void resumeRefused() {
            dispatcher.runWhen(resync.refresh(), outcome -> {
                if (outcome != null) {
                    resync.apply(outcome);
                    session.notifyResync(outcome.snapshot());
                }
            });
        }
    }
}
