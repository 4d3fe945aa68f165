package com.shardsofeternity.server.operations;

import com.shardsofeternity.protocol.Limits;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.Announcement;
import com.shardsofeternity.protocol.model.WorldStateView;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.auth.SessionEnded;
import com.shardsofeternity.server.auth.SessionService;
import com.shardsofeternity.server.auth.SessionState;
import com.shardsofeternity.server.chat.HtmlEscaper;
import com.shardsofeternity.server.realtime.Audience;
import com.shardsofeternity.server.realtime.EventBus;
import com.shardsofeternity.server.realtime.RealtimeMetrics;
import com.shardsofeternity.server.realtime.ServerMessages;
import com.shardsofeternity.server.realtime.SessionRegistry;
import com.shardsofeternity.server.validation.Inputs;
import com.shardsofeternity.server.world.WorldService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * The operator's view of the live server and the operator's actions: announce to everyone, kick a
 * character (its session ends and its socket closes with 4003), end a session (4001). Every action is
 * logged with the operator's name.
 */
@ApplicationScoped
public class OperationsService {

    private static final Logger LOG = Logger.getLogger(OperationsService.class.getName());

    @Inject
    SessionRegistry registry;
    @Inject
    OnlinePlayers players;
    @Inject
    SessionService sessions;
    @Inject
    RealtimeMetrics metrics;
    @Inject
    WorldService world;
    @Inject
    RecentErrors errors;
    @Inject
    EventBus bus;
    @Inject
    ServerMessages messages;
    @Inject
    Clock clock;

    public OperationsOverview overview() {
        List<OnlinePlayerRow> online = players.list();
        WorldStateView state = world.state();
        return new OperationsOverview(clock.millis(), online.size(), online, sessions.countLive(), registry.size(),
                metrics.openConnections(), metrics.inboundTotal(), metrics.outboundTotal(),
                state.currentReality(), state.realityStability(), state.shards(), errors.newestFirst());
    }

    /** Sends {@code announcement} to everyone online, escaped like chat. */
    public void announce(SessionState operator, String requestedMessage) {
        String message = HtmlEscaper.escape(Inputs.text("message", requestedMessage, Limits.MIN_CHAT_LENGTH, Limits.MAX_CHAT_LENGTH));
        LOG.info(() -> "operator " + operator.username() + " announced: " + message);
        bus.publish(Audience.everyone(), messages.of(MessageTypes.ANNOUNCEMENT, new Announcement(message, operator.username())));
    }

    /**
     * Ends the session playing {@code characterId} as a kick, on whichever node holds its socket;
     * {@code NOT_FOUND} when the character is online nowhere.
     */
    public void kick(SessionState operator, long characterId) {
        String sessionId = players.kick(characterId);
        LOG.info(() -> "operator " + operator.username() + " kicked character " + characterId + " (session " + sessionId + ")");
    }

    /** Ends a live session; {@code NOT_FOUND} when there is none of that id. */
    public void endSession(SessionState operator, String sessionId) {
        SessionState target = sessions.findLive(sessionId)
                .orElseThrow(() -> GameException.notFound("no live session " + sessionId));
        LOG.info(() -> "operator " + operator.username() + " ended session " + sessionId);
        sessions.end(target, SessionEnded.ENDED_BY_ADMIN);
    }
}
