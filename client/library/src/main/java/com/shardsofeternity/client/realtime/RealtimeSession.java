package com.shardsofeternity.client.realtime;

import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.client.NotConnectedException;
import com.shardsofeternity.client.dispatch.IncomingMessage;
import com.shardsofeternity.client.dispatch.MessageDispatcher;
import com.shardsofeternity.client.dispatch.Registration;
import com.shardsofeternity.protocol.CloseCodes;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.ProtocolVersion;
import com.shardsofeternity.protocol.message.AuthRequest;
import com.shardsofeternity.protocol.message.AuthResponse;
import com.shardsofeternity.protocol.message.Ping;
import jakarta.json.Json;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The authenticated socket of one login session: handshake, heartbeats, and automatic reconnection
 * with resume.
 *
 * <p>Every decision is taken on the single-threaded {@code control} scheduler: transport events are
 * handed to it, so the state below needs no locks, and a connection's events are ignored once it is
 * no longer the current {@link Link}. Sending may happen from any thread.
 *
 * <p>An unexpected close (any code but 4001–4004, the session's own end) leads to
 * {@link ConnectionState#RECONNECTING}: attempts follow the {@link Backoff} and send
 * {@code auth_request.resume_from_seq} with the last seq seen. A resumed session continues, the
 * {@link SeqTracker} dropping replayed seqs already handled; a refused resume is reported to the
 * {@link SessionObserver} so the owner can re-read state.
 */
public final class RealtimeSession {

    private static final System.Logger LOG = System.getLogger(RealtimeSession.class.getName());

    private final RealtimeSettings settings;
    private final Transport transport;
    private final ScheduledExecutorService control;
    private final MessageDispatcher dispatcher;
    private final PendingRequests pending;
    private final SeqTracker seqs = new SeqTracker();
    private final InboundRouter router;
    private final Outbox outbox;
    private final SessionObserver observer;
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong heartbeatNonces = new AtomicLong();

    private volatile ConnectionState state = ConnectionState.CLOSED;
    private volatile Link link;
    private volatile AuthResponse lastAuth;
    private String token;
    private CompletableFuture<AuthResponse> handshake;
    private int failedAttempts;
    private ScheduledFuture<?> reconnectTimer;

    public RealtimeSession(RealtimeSettings settings, Transport transport, ScheduledExecutorService control,
                           MessageDispatcher dispatcher, SessionObserver observer) {
        this.settings = settings;
        this.transport = transport;
        this.control = control;
        this.dispatcher = dispatcher;
        this.observer = observer;
        this.pending = new PendingRequests(control);
        this.router = new InboundRouter(seqs, pending, dispatcher, this::sendQuietly);
        this.outbox = new Outbox(dispatcher.codec(), pending, settings.requestTimeout());
    }

    // ---- lifecycle --------------------------------------------------------------------------------

    /** Opens the socket and authenticates with {@code token}; completes with the successful auth_response. */
    public CompletableFuture<AuthResponse> connect(String token) {
        CompletableFuture<AuthResponse> result = new CompletableFuture<>();
        onControl(result, () -> {
            if (state != ConnectionState.CLOSED) {
                result.completeExceptionally(new IllegalStateException("the session is already " + state));
                return;
            }
            this.token = token;
            this.failedAttempts = 0;
            this.handshake = result;
            seqs.reset();
            setState(ConnectionState.CONNECTING);
            open(null);
        });
        return result;
    }

    /** Closes the socket on purpose: no reconnect, and listeners hear a {@link SessionEnd} by the client. */
    public CompletableFuture<Void> disconnect(String reason) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        onControl(done, () -> {
            if (state != ConnectionState.CLOSED) {
                Link current = link;
                if (current != null) {
                    retire(current);
                    if (current.connection != null) {
                        current.connection.close(CloseCodes.NORMAL, reason);
                    }
                }
                endForGood(CloseCodes.NORMAL, reason, true);
                failHandshake(new NotConnectedException("disconnected before the handshake finished"));
            }
            done.complete(null);
        });
        return done;
    }

    public ConnectionState state() {
        return state;
    }

    /** The last server seq seen, kept across reconnects. */
    public long lastSeq() {
        return seqs.lastSeq();
    }

    /** The last successful auth_response of this session. */
    public Optional<AuthResponse> authResponse() {
        return Optional.ofNullable(lastAuth);
    }

    public Registration addListener(ConnectionListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells listeners that a resync finished; called on the handler executor, in message order. */
    public void notifyResync(ResyncSnapshot snapshot) {
        listeners.forEach(listener -> listener.onResync(snapshot));
    }

    // ---- sending ----------------------------------------------------------------------------------

    /** Sends with an {@code id} and completes with the {@code ack}, or fails with the {@code error}, or times out. */
    public CompletableFuture<IncomingMessage> request(String type, Object payload) {
        Link current = link;
        return isLive(current) ? outbox.request(current.connection, type, payload) : notConnected();
    }

    /** Sends without an {@code id}: completes once the frame is handed to the network. */
    public CompletableFuture<Void> post(String type, Object payload) {
        Link current = link;
        return isLive(current) ? outbox.post(current.connection, type, payload) : notConnected();
    }

    /** Round trip of a {@code ping} to its {@code pong}. */
    public CompletableFuture<Duration> ping() {
        Link current = link;
        return isLive(current) ? outbox.ping(current.connection) : notConnected();
    }

    /** Requests still waiting for an answer. */
    public int pendingRequests() {
        return pending.size();
    }

    private boolean isLive(Link current) {
        return current != null && current.authenticated && state == ConnectionState.CONNECTED;
    }

    private <T> CompletableFuture<T> notConnected() {
        return CompletableFuture.failedFuture(new NotConnectedException("not connected (" + state + ")"));
    }

    private void sendQuietly(String frame) {
        Link current = link;
        if (current != null && current.connection != null) {
            current.connection.sendText(frame);
        }
    }

    // ---- connection attempts (control thread) -----------------------------------------------------

    private void open(Long resumeFromSeq) {
        Link attempt = new Link(resumeFromSeq);
        link = attempt;
        transport.open(settings.uri(), new TransportListener() {
            @Override
            public void onText(String text) {
                onControlQuietly(() -> onFrame(attempt, text));
            }

            @Override
            public void onClosed(int code, String reason) {
                onControlQuietly(() -> onLinkClosed(attempt, code, reason));
            }
        }).whenComplete((connection, failure) -> onControlQuietly(() -> onOpened(attempt, connection, failure)));
    }

    private void onOpened(Link attempt, TransportConnection connection, Throwable failure) {
        if (attempt != link) {
            if (connection != null) {
                connection.close(CloseCodes.NORMAL, "superseded");
            }
            return;
        }
        if (failure != null) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            attemptFailed(attempt, MasterServerException.unreachable(
                    "cannot open " + settings.uri() + ": " + cause.getMessage(), cause));
            return;
        }
        attempt.connection = connection;
        connection.sendText(outbox.encode(MessageTypes.AUTH_REQUEST, null,
                new AuthRequest(token, ProtocolVersion.CURRENT, attempt.resumeFromSeq)));
        attempt.awaitAuthUntil(control.schedule(() -> {
            if (attempt == link && !attempt.authenticated) {
                connection.close(CloseCodes.NORMAL, "no auth_response");
                attemptFailed(attempt, MasterServerException.unreachable("no auth_response within "
                        + settings.requestTimeout().toMillis() + " ms", null));
            }
        }, settings.requestTimeout().toNanos(), TimeUnit.NANOSECONDS));
    }

    private void onFrame(Link attempt, String frame) {
        if (attempt != link) {
            return;
        }
        attempt.lastReceivedNanos = System.nanoTime();
        for (IncomingMessage message : dispatcher.read(frame, false)) {
            if (attempt != link) {
                return;
            }
            if (MessageTypes.AUTH_RESPONSE.equals(message.type()) && !attempt.authenticated) {
                onAuthResponse(attempt, message);
                dispatcher.deliver(message);
            } else {
                router.route(message);
            }
        }
    }

    private void onAuthResponse(Link attempt, IncomingMessage message) {
        attempt.cancelAuthTimer();
        AuthResponse response;
        try {
            response = message.payload(AuthResponse.class);
        } catch (MasterServerException unreadable) {
            response = AuthResponse.failure(ErrorCode.INVALID_MESSAGE.name(), "unreadable auth_response");
        }
        boolean fresh = state == ConnectionState.CONNECTING;
        if (Boolean.TRUE.equals(response.success()) && response.protocolVersion() != null
                && !ProtocolVersion.isCompatible(response.protocolVersion())) {
            response = AuthResponse.failure(ErrorCode.PROTOCOL_VERSION_MISMATCH.name(),
                    "the server speaks protocol " + response.protocolVersion() + ", this client " + ProtocolVersion.CURRENT);
        }
        if (!Boolean.TRUE.equals(response.success())) {
            refused(attempt, response, fresh);
            return;
        }
        attempt.authenticated = true;
        lastAuth = response;
        failedAttempts = 0;
        boolean resumed = Boolean.TRUE.equals(response.resumed());
        if (!fresh && !resumed) {
            seqs.rebase();
        }
        startHeartbeat(attempt, response.heartbeatIntervalMs());
        setState(ConnectionState.CONNECTED);
        observer.authenticated(response, fresh);
        if (!fresh && !resumed) {
            observer.resumeRefused();
        }
        if (fresh && handshake != null) {
            CompletableFuture<AuthResponse> waiting = handshake;
            handshake = null;
            waiting.complete(response);
        }
    }

    private void refused(Link attempt, AuthResponse response, boolean fresh) {
        ErrorCode code = ErrorCode.fromWire(response.errorCode());
        int closeCode = code == ErrorCode.PROTOCOL_VERSION_MISMATCH ? CloseCodes.PROTOCOL_VERSION : CloseCodes.AUTHENTICATION;
        String reason = response.errorMessage() != null ? response.errorMessage() : String.valueOf(response.errorCode());
        retire(attempt);
        attempt.connection.close(closeCode, "authentication refused");
        MasterServerException error = new MasterServerException(code, response.errorCode(), 0, reason, null, null);
        if (fresh) {
            setState(ConnectionState.CLOSED);
            failHandshake(error);
        } else {
            endForGood(closeCode, reason, false);
        }
    }

    private void onLinkClosed(Link attempt, int code, String reason) {
        if (attempt != link) {
            return;
        }
        retire(attempt);
        String why = code + (reason == null || reason.isEmpty() ? "" : " " + reason);
        if (!attempt.authenticated) {
            if (CloseCodes.isFinal(code) && state == ConnectionState.RECONNECTING) {
                endForGood(code, reason, false);
            } else {
                attemptFailed(attempt, closedDuringHandshake(code, why));
            }
            return;
        }
        if (CloseCodes.isFinal(code) || !settings.autoReconnect()) {
            endForGood(code, reason, false);
            return;
        }
        LOG.log(Level.INFO, "socket closed unexpectedly ({0}); reconnecting", why);
        setState(ConnectionState.RECONNECTING);
        scheduleReconnect();
    }

    private static MasterServerException closedDuringHandshake(int code, String why) {
        ErrorCode errorCode = switch (code) {
            case CloseCodes.AUTHENTICATION -> ErrorCode.AUTH_REQUIRED;
            case CloseCodes.PROTOCOL_VERSION -> ErrorCode.PROTOCOL_VERSION_MISMATCH;
            default -> null;
        };
        String message = "the server closed the socket during the handshake: " + why;
        return errorCode == null ? MasterServerException.unreachable(message, null) : MasterServerException.local(errorCode, message);
    }

    private void attemptFailed(Link attempt, MasterServerException error) {
        retire(attempt);
        if (state == ConnectionState.CONNECTING) {
            setState(ConnectionState.CLOSED);
            failHandshake(error);
        } else if (state == ConnectionState.RECONNECTING) {
            LOG.log(Level.DEBUG, "reconnect attempt failed: {0}", error.getMessage());
            scheduleReconnect();
        }
    }

    private void scheduleReconnect() {
        if (failedAttempts >= settings.maxReconnectAttempts()) {
            endForGood(1006, "gave up after " + failedAttempts + " reconnect attempts", false);
            return;
        }
        Duration delay = settings.backoff().delay(failedAttempts++, ThreadLocalRandom.current());
        reconnectTimer = control.schedule(() -> {
            reconnectTimer = null;
            if (state == ConnectionState.RECONNECTING) {
                open(seqs.lastSeq());
            }
        }, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void startHeartbeat(Link attempt, Long serverIntervalMs) {
        Duration interval = serverIntervalMs != null && serverIntervalMs > 0
                ? Duration.ofMillis(serverIntervalMs) : settings.heartbeatInterval();
        attempt.beat(new Heartbeat(control, interval, () -> attempt.lastReceivedNanos,
                () -> sendQuietly(outbox.encode(MessageTypes.PING, null,
                        new Ping(Json.createValue("hb-" + heartbeatNonces.incrementAndGet())))),
                () -> {
                    if (attempt == link) {
                        attempt.connection.close(CloseCodes.IDLE, "no traffic from the server");
                        onLinkClosed(attempt, 1006, "no traffic for " + Heartbeat.SILENT_INTERVALS + " heartbeat intervals");
                    }
                }));
    }

    /** {@code attempt} is no longer current: its timers stop and its events are ignored from now on. */
    private void retire(Link attempt) {
        attempt.stopTimers();
        if (link == attempt) {
            link = null;
        }
    }

    private void endForGood(int code, String reason, boolean byClient) {
        link = null;
        if (reconnectTimer != null) {
            reconnectTimer.cancel(false);
            reconnectTimer = null;
        }
        pending.failAll(new NotConnectedException("the session ended (" + code + " " + reason + ")"));
        setState(ConnectionState.CLOSED);
        SessionEnd end = new SessionEnd(code, reason, byClient);
        dispatcher.run(() -> listeners.forEach(listener -> listener.onSessionEnded(end)));
    }

    private void failHandshake(Throwable error) {
        if (handshake != null) {
            CompletableFuture<AuthResponse> waiting = handshake;
            handshake = null;
            waiting.completeExceptionally(error);
        }
    }

    private void setState(ConnectionState next) {
        ConnectionState previous = state;
        if (previous == next) {
            return;
        }
        state = next;
        dispatcher.run(() -> listeners.forEach(listener -> listener.onStateChanged(previous, next)));
    }

    private void onControl(CompletableFuture<?> caller, Runnable task) {
        try {
            control.execute(task);
        } catch (RejectedExecutionException closed) {
            caller.completeExceptionally(new NotConnectedException("the client is closed"));
        }
    }

    private void onControlQuietly(Runnable task) {
        try {
            control.execute(task);
        } catch (RejectedExecutionException closed) {
            LOG.log(Level.DEBUG, "event after close ignored");
        }
    }
}
