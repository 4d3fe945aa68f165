package com.shardsofeternity.server.realtime;

import com.shardsofeternity.protocol.CloseCodes;
import com.shardsofeternity.protocol.Envelope;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.ProtocolException;
import com.shardsofeternity.protocol.ProtocolVersion;
import com.shardsofeternity.protocol.message.Ack;
import com.shardsofeternity.protocol.message.AuthRequest;
import com.shardsofeternity.protocol.message.AuthResponse;
import com.shardsofeternity.protocol.message.ErrorMessage;
import com.shardsofeternity.protocol.message.Ping;
import com.shardsofeternity.protocol.message.Pong;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.auth.SessionCheck;
import com.shardsofeternity.server.auth.SessionService;
import com.shardsofeternity.server.auth.SessionState;
import com.shardsofeternity.server.config.GameSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The socket pipeline between transport and handlers: the handshake ({@code auth_request} first,
 * within the time limit), heartbeats, and the envelope rules (ids, acks, errors) around every routed
 * message. Any failure of one message becomes an {@code error} for that message; the connection stays
 * usable.
 */
@ApplicationScoped
public class SocketGateway {

    private static final Logger LOG = Logger.getLogger(SocketGateway.class.getName());

    @Inject
    MessageCodec codec;
    @Inject
    ServerMessages messages;
    @Inject
    MessageRouter router;
    @Inject
    SessionService sessions;
    @Inject
    SessionRegistry registry;
    @Inject
    SessionLifecycle lifecycle;
    @Inject
    RealtimeMetrics metrics;
    @Inject
    GameSettings settings;
    @Inject
    Clock clock;
    @Inject
    jakarta.enterprise.event.Event<SessionAttached> attachedEvents;

    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();

    public void opened(Connection connection) {
        connections.add(connection);
        metrics.opened();
    }

    public void closed(Connection connection) {
        if (connections.remove(connection)) {
            metrics.closed();
        }
        PlayerSession session = connection.player();
        if (session != null) {
            session.detach(connection, clock.millis());
        }
    }

    public Collection<Connection> connections() {
        return connections;
    }

    public void onText(Connection connection, String text) {
        long now = clock.millis();
        connection.heard(now);
        Envelope envelope;
        try {
            envelope = codec.decode(text);
        } catch (ProtocolException malformed) {
            metrics.abuse("malformed_message");
            if (!connection.isAuthenticated()) {
                refuseUnauthenticated(connection);
            } else {
                reply(connection.player(), ErrorMessage.of(malformed.errorCode(), malformed.getMessage(), malformed.replyTo()));
            }
            return;
        }
        if (!connection.isAuthenticated()) {
            if (MessageTypes.AUTH_REQUEST.equals(envelope.type())) {
                authenticate(connection, envelope);
            } else {
                refuseUnauthenticated(connection);
            }
            return;
        }
        PlayerSession session = connection.player();
        if (session.auth().isEnded()) {
            connection.close(CloseCodes.AUTHENTICATION, "session ended");
            return;
        }
        session.auth().touch(now);
        metrics.received(router.handles(envelope.type()) || isControl(envelope.type()) ? envelope.type() : "unknown");
        switch (envelope.type()) {
            case MessageTypes.PING -> pong(connection, envelope);
            case MessageTypes.PONG -> { }
            case MessageTypes.AUTH_REQUEST -> reply(session,
                    ErrorMessage.of(ErrorCode.INVALID_MESSAGE, "this socket is already authenticated", envelope.id()));
            default -> dispatch(session, connection, envelope);
        }
    }

    /** A binary frame: the protocol is text only. */
    public void onBinary(Connection connection) {
        connection.heard(clock.millis());
        metrics.abuse("binary_frame");
        if (!connection.isAuthenticated()) {
            refuseUnauthenticated(connection);
        } else {
            reply(connection.player(), ErrorMessage.of(ErrorCode.INVALID_MESSAGE, "binary messages are not part of the protocol; send JSON text", null));
        }
    }

    private void dispatch(PlayerSession session, Connection connection, Envelope envelope) {
        long started = System.nanoTime();
        try {
            router.route(session, connection, envelope);
            if (envelope.id() != null) {
                session.send(messages.of(MessageTypes.ACK, new Ack(envelope.id())));
            }
        } catch (ProtocolException refused) {
            metrics.abuse(refused.errorCode() == ErrorCode.UNKNOWN_MESSAGE_TYPE ? "unknown_type" : "invalid_message");
            reply(session, ErrorMessage.of(refused.errorCode(), refused.getMessage(), refused.replyTo()));
        } catch (GameException refused) {
            noteAbuse(refused.errorCode());
            reply(session, ErrorMessage.of(refused.errorCode(), refused.getMessage(), envelope.id()));
            if (refused.afterReply() != null) {
                refused.afterReply().run();
            }
        } catch (MessageDropped dropped) {
            metrics.abuse(dropped.reason());
        } catch (RuntimeException failure) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "handler for " + envelope.type() + " failed, incident " + incident, failure);
            reply(session, ErrorMessage.of(ErrorCode.INTERNAL_ERROR,
                    "the server failed to handle " + envelope.type() + " (incident " + incident + ")", envelope.id()));
        } finally {
            metrics.handled(router.handles(envelope.type()) ? envelope.type() : "unknown", System.nanoTime() - started);
        }
    }

    private void authenticate(Connection connection, Envelope envelope) {
        AuthRequest request;
        try {
            request = codec.payload(envelope, AuthRequest.class);
        } catch (ProtocolException malformed) {
            refuseUnauthenticated(connection);
            return;
        }
        if (request.protocolVersion() == null || !ProtocolVersion.isCompatible(request.protocolVersion())) {
            connection.finalFrameThenClose(messages.unsequenced(MessageTypes.AUTH_RESPONSE, AuthResponse.failure(
                    ErrorCode.PROTOCOL_VERSION_MISMATCH.name(),
                    "this server speaks protocol " + ProtocolVersion.CURRENT + "; update the client")),
                    CloseCodes.PROTOCOL_VERSION, "protocol version mismatch");
            return;
        }
        SessionCheck check = sessions.authenticate(request.token());
        if (!check.isValid()) {
            ErrorCode code = check.status() == SessionCheck.Status.EXPIRED ? ErrorCode.SESSION_EXPIRED : ErrorCode.AUTH_REQUIRED;
            String message = code == ErrorCode.SESSION_EXPIRED
                    ? "the session has expired or was logged out; log in again" : "unknown token; log in over REST first";
            metrics.abuse("bad_token");
            connection.finalFrameThenClose(messages.unsequenced(MessageTypes.AUTH_RESPONSE, AuthResponse.failure(code.name(), message)),
                    CloseCodes.AUTHENTICATION, "authentication failed");
            return;
        }
        SessionState auth = check.session();
        PlayerSession session = registry.obtain(auth);
        connection.authenticatedAs(session);
        Long characterId = auth.characterId();
        long now = clock.millis();
        session.attach(connection, request.resumeFromSeq(), resumed -> messages.unsequenced(MessageTypes.AUTH_RESPONSE,
                new AuthResponse(true, auth.accountId(), characterId, auth.sessionId(), ProtocolVersion.CURRENT,
                        settings.heartbeatIntervalMs(), resumed, null, null)), now)
                .ifPresent(replaced -> replaced.close(CloseCodes.REPLACED, "the session connected elsewhere"));
        attachedEvents.fire(new SessionAttached(auth.sessionId()));
        if (characterId != null) {
            lifecycle.bringOnline(session, characterId);
        }
    }

    private void refuseUnauthenticated(Connection connection) {
        connection.finalFrameThenClose(messages.unsequenced(MessageTypes.ERROR,
                ErrorMessage.of(ErrorCode.AUTH_REQUIRED, "the first message must be auth_request with a token from /api/auth/login", null)),
                CloseCodes.AUTHENTICATION, "authentication required");
    }

    private void pong(Connection connection, Envelope envelope) {
        Ping ping;
        try {
            ping = codec.payload(envelope, Ping.class);
        } catch (ProtocolException malformed) {
            ping = new Ping(null);
        }
        connection.sendUnsequenced(messages.unsequenced(MessageTypes.PONG, new Pong(ping.nonce())), clock.millis());
    }

    private void reply(PlayerSession session, ErrorMessage error) {
        session.send(messages.of(MessageTypes.ERROR, error));
    }

    private void noteAbuse(ErrorCode code) {
        switch (code) {
            case RATE_LIMITED -> metrics.abuse("rate_limited");
            case INVALID_MOVE -> metrics.abuse("refused_move");
            case INVALID_MESSAGE -> metrics.abuse("invalid_message");
            default -> { }
        }
    }

    private static boolean isControl(String type) {
        return MessageTypes.PING.equals(type) || MessageTypes.PONG.equals(type) || MessageTypes.AUTH_REQUEST.equals(type);
    }
}
