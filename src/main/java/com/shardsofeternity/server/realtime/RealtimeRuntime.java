package com.shardsofeternity.server.realtime;

import com.shardsofeternity.protocol.CloseCodes;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.ErrorMessage;
import com.shardsofeternity.protocol.message.Ping;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.server.config.GameSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.websocket.Session;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The clockwork of the gateway, once a second: refuses sockets that never authenticated, pings quiet
 * ones and closes silent ones (1001), closes sockets whose outbound queue stays full (1008), and takes
 * characters offline whose session stayed away longer than the resume window.
 */
@ApplicationScoped
public class RealtimeRuntime {

    private static final Logger LOG = Logger.getLogger(RealtimeRuntime.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    SocketGateway gateway;
    @Inject
    SessionRegistry registry;
    @Inject
    SessionLifecycle lifecycle;
    @Inject
    ServerMessages messages;
    @Inject
    GameSettings settings;
    @Inject
    OutboundFlusher flusher;
    @Inject
    Clock clock;

    private RealtimeLimits limits;
    private ScheduledFuture<?> sweeping;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        limits = new RealtimeLimits(settings.outboundSoftLimit(), settings.outboundHardLimit(), settings.outboundOverflowGraceMs());
        sweeping = scheduler.scheduleAtFixedRate(this::sweepSafely, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }

    public Connection newConnection(Session socket) {
        if (limits == null) {
            limits = new RealtimeLimits(settings.outboundSoftLimit(), settings.outboundHardLimit(), settings.outboundOverflowGraceMs());
        }
        return new Connection(socket, limits, flusher.forNewSockets(), scheduler, clock.millis());
    }

    private void sweepSafely() {
        try {
            sweep(clock.millis());
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "real-time sweep failed; retrying next second", failure);
        }
    }

    void sweep(long now) {
        long heartbeat = settings.heartbeatIntervalMs();
        for (Connection connection : gateway.connections()) {
            if (connection.isClosing()) {
                continue;
            }
            long quiet = now - connection.lastInboundAt();
            if (!connection.isAuthenticated()) {
                if (now - connection.openedAt() > settings.authTimeoutMs()) {
                    connection.finalFrameThenClose(messages.unsequenced(MessageTypes.ERROR, ErrorMessage.of(
                            ErrorCode.AUTH_REQUIRED, "no auth_request within " + settings.authTimeoutMs() / 1000 + " s", null)),
                            CloseCodes.AUTHENTICATION, "authentication timed out");
                }
            } else if (quiet > 3 * heartbeat) {
                connection.close(CloseCodes.IDLE, "no message for three heartbeat intervals");
            } else if (connection.outbound().overflowing(now)) {
                connection.close(CloseCodes.POLICY, "outbound queue overflow: the client reads too slowly");
            } else if (quiet >= heartbeat && now - connection.lastPingAt() >= heartbeat) {
                connection.pinged(now);
                connection.player().send(messages.of(MessageTypes.PING, new Ping(Json.createValue(now))));
            }
        }
        for (PlayerSession session : registry.all()) {
            Long awaySince = session.awaySince();
            if (awaySince != null && now - awaySince > settings.resumeWindowMs()) {
                lifecycle.takeOffline(session);
            }
            session.trimReplay(now);
        }
    }
}
