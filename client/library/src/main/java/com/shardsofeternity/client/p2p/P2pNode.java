package com.shardsofeternity.client.p2p;

import com.shardsofeternity.client.realtime.Transport;
import com.shardsofeternity.protocol.Envelope;
import com.shardsofeternity.protocol.Limits;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.ProtocolException;
import com.shardsofeternity.protocol.message.P2pHello;
import com.shardsofeternity.protocol.message.P2pOffer;
import jakarta.websocket.CloseReason.CloseCodes;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * This client's side of peer-to-peer play (PROTOCOL.md, "Peer to peer"): its listener, the offers the
 * server introduces it with, and its open links to other players, at most one per peer.
 *
 * <p>Peers are introduced only by the master server: a listener takes a connection only with the
 * ticket of an {@code accept} offer it received, once and before the offer expires, and a link carries
 * protocol messages as Fernet tokens under the key of that offer (or, where an offer brings none, the key
 * derived from {@code ENCRYPTION_KEY}). Links close when the peer or this client leaves the location they
 * were opened in, when either side disconnects, and on {@link #close()}.
 *
 * <p>Thread-safe. Peer messages reach the handlers through {@link P2pContext#deliver}; frames are
 * decrypted on the socket's I/O thread, timeouts run on the client's control thread.
 */
public final class P2pNode implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(P2pNode.class.getName());

    /** Largest frame accepted from a peer: a token of a 64 KiB message, with room to spare. */
    static final int MAX_FRAME_CHARS = 128 * 1024;
    /** Introductions waiting for their dialler; older ones are dropped beyond this. */
    private static final int TICKET_CAPACITY = 256;
    /** Token digests kept against replays: over 130 messages a second for the two minutes a token lives. */
    private static final int REPLAY_CAPACITY = 16_384;
    private static final Duration REPLAY_WINDOW = FernetCipher.TOKEN_TTL.multipliedBy(2);
    private static final String ROLE_DIAL = "dial";
    private static final String ROLE_ACCEPT = "accept";

    private final PeerSettings settings;
    private final P2pContext context;
    private final Transport dialer;
    private final MessageCodec codec;
    private final ScheduledExecutorService timer;
    private final ThreadFactory listenerThreads;
    private final Clock clock;
    private final P2pStats stats = new P2pStats();
    private final TicketBook tickets;
    private final ReplayGuard seen = new ReplayGuard(REPLAY_WINDOW, REPLAY_CAPACITY);
    private final Set<PeerConnection> connections = ConcurrentHashMap.newKeySet();
    private final Map<Long, PeerConnection> links = new ConcurrentHashMap<>();
    private final Map<Long, CompletableFuture<ConnectedPeer>> awaitedLinks = new ConcurrentHashMap<>();
    private PeerListener listener;
    private String declaredHost;
    private FernetKey sharedKey;
    private boolean closed;

    /**
     * @param dialer          opens the connections this client dials (the client's own transport)
     * @param timer           runs handshake and introduction timeouts
     * @param listenerThreads makes the listener's threads
     */
    public P2pNode(PeerSettings settings, P2pContext context, Transport dialer, MessageCodec codec,
                   ScheduledExecutorService timer, ThreadFactory listenerThreads, Clock clock) {
        this.settings = settings;
        this.context = context;
        this.dialer = dialer;
        this.codec = codec;
        this.timer = timer;
        this.listenerThreads = listenerThreads;
        this.clock = clock;
        this.tickets = new TicketBook(TICKET_CAPACITY, clock::millis);
    }

    // ---- API --------------------------------------------------------------------------------------

    /**
     * Starts the listener on the configured port (once) and registers it with the server, declaring
     * {@code host} (null for none; the server uses it only if it trusts client hosts). Completes with the
     * bound port on the server's {@code ack}.
     */
    public CompletableFuture<Integer> registerListener(String host) {
        int port;
        try {
            port = startListener(host);
        } catch (IOException | RuntimeException failure) {
            return CompletableFuture.failedFuture(failure);
        }
        return context.registerListener(port, host).thenApply(ack -> port);
    }

    /** The listener's bound port, while it runs. */
    public synchronized OptionalInt listenerPort() {
        return listener == null ? OptionalInt.empty() : OptionalInt.of(listener.port());
    }

    /**
     * Asks the server to introduce this client to {@code peerId}, dials the peer's listener, and
     * completes when the link is open; at once when it already is. Fails with the server's refusal
     * ({@code NOT_FOUND}, {@code FORBIDDEN}), a {@link PeerLinkException} when the peer cannot be reached
     * or refuses, or a {@link TimeoutException}.
     */
    public CompletableFuture<ConnectedPeer> connect(long peerId) {
        PeerConnection open = links.get(peerId);
        if (open != null) {
            return CompletableFuture.completedFuture(open.describe());
        }
        CompletableFuture<ConnectedPeer> awaited = new CompletableFuture<>();
        CompletableFuture<ConnectedPeer> already = awaitedLinks.putIfAbsent(peerId, awaited);
        if (already != null) {
            return already.copy();
        }
        Duration limit = settings.handshakeTimeout().multipliedBy(2);
        schedule(() -> abandon(peerId, awaited,
                new TimeoutException("no link to character " + peerId + " within " + limit.toSeconds() + " s")), limit);
        context.requestIntroduction(peerId).whenComplete((ack, refused) -> {
            if (refused != null) {
                abandon(peerId, awaited, unwrapped(refused));
            }
        });
        return awaited.copy();
    }

    /**
     * Sends a protocol message of a registered type to a connected peer, encoded as a client message
     * ({@code type} and the payload's fields). Completes once the frame is handed to the network.
     */
    public CompletableFuture<Void> send(long peerId, String type, Object payload) {
        PeerConnection link = links.get(peerId);
        if (link == null) {
            return CompletableFuture.failedFuture(new PeerLinkException("no open peer link to character " + peerId));
        }
        String message;
        try {
            message = codec.encodeClient(type, null, payload);
        } catch (RuntimeException unencodable) {
            return CompletableFuture.failedFuture(unencodable);
        }
        if (message.getBytes(StandardCharsets.UTF_8).length > Limits.MAX_MESSAGE_BYTES) {
            return CompletableFuture.failedFuture(new PeerLinkException("a peer message may be at most 64 KiB"));
        }
        return link.send(message);
    }

    /** The open links, in no particular order. */
    public List<ConnectedPeer> connectedPeers() {
        List<ConnectedPeer> peers = new ArrayList<>();
        links.values().forEach(link -> peers.add(link.describe()));
        return peers;
    }

    /** Closes the link to {@code peerId}, if any. */
    public void disconnect(long peerId) {
        closeLink(peerId, CloseCodes.NORMAL_CLOSURE.getCode(), "closed by the peer");
    }

    public P2pStats stats() {
        return stats;
    }

    // ---- what the server says ---------------------------------------------------------------------

    /** A {@code p2p_offer} from the server: remembered for the listener ({@code accept}), or dialled ({@code dial}). */
    public void onOffer(P2pOffer offer) {
        if (offer.peerId() == null || offer.ticket() == null) {
            return;
        }
        if (ROLE_ACCEPT.equals(offer.role())) {
            tickets.add(offer);
        } else if (ROLE_DIAL.equals(offer.role())) {
            dial(offer);
        }
    }

    /**
     * The server announced this client's character in a location: the listener's registration is
     * repeated, since the server forgets it whenever the character goes offline.
     */
    public void locationAnnounced() {
        Integer port;
        String host;
        synchronized (this) {
            port = listener == null ? null : listener.port();
            host = declaredHost;
        }
        if (port != null) {
            context.registerListener(port, host).whenComplete((ack, refused) -> {
                if (refused != null) {
                    LOG.log(Level.DEBUG, "repeating p2p_register failed", refused);
                }
            });
        }
    }

    /** {@code peerId} left the location. */
    public void peerLeft(long peerId) {
        closeLink(peerId, CloseCodes.GOING_AWAY.getCode(), "the peer left the location");
    }

    /** {@code peerId} was seen at {@code locationId}: a link opened elsewhere closes. */
    public void peerSeenAt(long peerId, long locationId) {
        PeerConnection link = links.get(peerId);
        if (link != null && link.locationId().filter(at -> at != locationId).isPresent()) {
            closeLink(peerId, CloseCodes.GOING_AWAY.getCode(), "the peer left the location");
        }
    }

    /** This client's character is at {@code locationId}: links opened elsewhere close. */
    public void selfSeenAt(long locationId) {
        for (PeerConnection link : links.values()) {
            if (link.locationId().filter(at -> at != locationId).isPresent()) {
                link.close(CloseCodes.GOING_AWAY.getCode(), "left the location");
            }
        }
    }

    /** Exactly {@code present} are at {@code locationId}, where this client's character is. */
    public void locationPopulation(long locationId, Collection<Long> present) {
        selfSeenAt(locationId);
        for (Map.Entry<Long, PeerConnection> link : links.entrySet()) {
            if (!present.contains(link.getKey())) {
                link.getValue().close(CloseCodes.GOING_AWAY.getCode(), "the peer left the location");
            }
        }
    }

    /** Closes every link, keeping the listener (the session ended; a new one may register it again). */
    public void closeLinks() {
        for (PeerConnection connection : connections) {
            connection.close(CloseCodes.GOING_AWAY.getCode(), "the session ended");
        }
    }

    /** Closes every connection and stops the listener. Idempotent. */
    @Override
    public void close() {
        PeerListener stopping;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            stopping = listener;
            listener = null;
        }
        closeLinks();
        awaitedLinks.forEach((peerId, awaited) -> abandon(peerId, awaited, new PeerLinkException("the client closed")));
        if (stopping != null) {
            stopping.stop();
        }
    }

    // ---- for connections --------------------------------------------------------------------------

    boolean requiresEncryption() {
        return settings.encryption();
    }

    Optional<Long> currentLocation() {
        return context.currentLocation();
    }

    /** The plain JSON of a {@code p2p_hello}. */
    String hello(String ticket, boolean encryption) {
        return codec.encodeClient(MessageTypes.P2P_HELLO, null, new P2pHello(ticket, encryption));
    }

    /** The hello a frame holds, if it is one. */
    Optional<P2pHello> readHello(String message) {
        try {
            Envelope envelope = codec.decode(message);
            return MessageTypes.P2P_HELLO.equals(envelope.type())
                    ? Optional.of(codec.payload(envelope, P2pHello.class)) : Optional.empty();
        } catch (ProtocolException unreadable) {
            return Optional.empty();
        }
    }

    CompletableFuture<Optional<P2pOffer>> redeem(String ticket) {
        try {
            return tickets.redeem(ticket, settings.handshakeTimeout(), timer);
        } catch (RejectedExecutionException closing) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
    }

    /** The encrypting cipher for an offer: its session key, else the shared secret's; empty when neither is there. */
    Optional<PeerCipher> cipherFor(P2pOffer offer) {
        Optional<FernetKey> key;
        if (offer.sessionKey() != null) {
            try {
                key = Optional.of(FernetKey.fromBase64(offer.sessionKey()));
            } catch (IllegalArgumentException malformed) {
                key = Optional.empty();
            }
        } else {
            key = sharedKey();
        }
        return key.map(pairKey -> new FernetCipher(pairKey, seen, stats, clock));
    }

    void deliver(long peerId, String message) {
        context.deliver(peerId, message);
    }

    void linkOpened(PeerConnection connection) {
        long peerId = connection.peerId().orElseThrow();
        PeerConnection previous = links.put(peerId, connection);
        if (previous != null && previous != connection) {
            previous.close(CloseCodes.NORMAL_CLOSURE.getCode(), "replaced by a newer connection");
        }
    }

    void connectionClosed(PeerConnection connection) {
        connections.remove(connection);
        connection.peerId().ifPresent(peerId -> links.remove(peerId, connection));
    }

    // ---- inside -----------------------------------------------------------------------------------

    private synchronized int startListener(String host) throws IOException {
        if (closed) {
            throw new IllegalStateException("the client is closed");
        }
        if (listener == null) {
            listener = PeerListener.start(settings.port(), settings.maxConnections(), listenerThreads, stats, this::accepted);
        }
        declaredHost = host;
        return listener.port();
    }

    private PeerConnection accepted(PeerSocket socket) {
        PeerConnection connection = PeerConnection.accepted(this, socket);
        connections.add(connection);
        schedule(connection::handshakeTimedOut, settings.handshakeTimeout());
        return connection;
    }

    private void dial(P2pOffer offer) {
        CompletableFuture<ConnectedPeer> awaited = awaitedLinks.get(offer.peerId());
        Optional<PeerCipher> cipher = settings.encryption() ? cipherFor(offer) : Optional.of(PeerCipher.plaintext());
        URI uri;
        try {
            uri = new URI("ws", null, offer.host(), offer.port() == null ? -1 : offer.port(), "/", null, null);
        } catch (URISyntaxException | RuntimeException unusable) {
            uri = null;
        }
        if (cipher.isEmpty() || uri == null || offer.port() == null) {
            if (awaited != null) {
                abandon(offer.peerId(), awaited, new PeerLinkException(cipher.isEmpty()
                        ? "the offer has no key and no ENCRYPTION_KEY is configured" : "the offer has no usable address"));
            }
            return;
        }
        PeerConnection connection = PeerConnection.dialling(this, offer, cipher.get());
        connections.add(connection);
        if (awaited != null) {
            connection.opened().whenComplete((peer, failure) -> {
                if (failure == null) {
                    awaitedLinks.remove(offer.peerId(), awaited);
                    awaited.complete(peer);
                } else {
                    abandon(offer.peerId(), awaited, failure);
                }
            });
        }
        schedule(connection::handshakeTimedOut, settings.handshakeTimeout());
        dialer.open(uri, connection.transportListener()).whenComplete((socket, failure) -> {
            if (failure != null) {
                connection.onClosed(CloseCodes.CLOSED_ABNORMALLY.getCode(), "cannot reach the peer's listener");
            } else {
                connection.dialled(PeerSocket.of(socket));
            }
        });
    }

    private void closeLink(long peerId, int code, String reason) {
        PeerConnection link = links.get(peerId);
        if (link != null) {
            link.close(code, reason);
        }
    }

    private void abandon(long peerId, CompletableFuture<ConnectedPeer> awaited, Throwable failure) {
        awaitedLinks.remove(peerId, awaited);
        awaited.completeExceptionally(failure);
    }

    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException wrapped && wrapped.getCause() != null ? wrapped.getCause() : failure;
    }

    private synchronized Optional<FernetKey> sharedKey() {
        if (sharedKey == null && settings.sharedSecret() != null) {
            sharedKey = SharedSecretKeys.fromSecret(settings.sharedSecret());
        }
        return Optional.ofNullable(sharedKey);
    }

    private void schedule(Runnable task, Duration delay) {
        try {
            timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            LOG.log(Level.DEBUG, "the client is closing; no timeout scheduled");
        }
    }
}
