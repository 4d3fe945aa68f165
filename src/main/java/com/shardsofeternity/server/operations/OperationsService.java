package com.shardsofeternity.server.operations;

import com.shardsofeternity.protocol.Limits;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.Announcement;
import com.shardsofeternity.protocol.model.LocationView;
import com.shardsofeternity.protocol.model.WorldStateView;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.auth.SessionEnded;
import com.shardsofeternity.server.auth.SessionService;
import com.shardsofeternity.server.auth.SessionState;
import com.shardsofeternity.server.chat.HtmlEscaper;
import com.shardsofeternity.server.realtime.Audience;
import com.shardsofeternity.server.realtime.EventBus;
import com.shardsofeternity.server.realtime.OnlineCharacter;
import com.shardsofeternity.server.realtime.PlayerSession;
import com.shardsofeternity.server.realtime.PresenceService;
import com.shardsofeternity.server.realtime.RealtimeMetrics;
import com.shardsofeternity.server.realtime.ServerMessages;
import com.shardsofeternity.server.realtime.SessionRegistry;
import com.shardsofeternity.server.validation.Inputs;
import com.shardsofeternity.server.world.WorldService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

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
    PresenceService presence;
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
        List<OnlinePlayerRow> players = onlinePlayers();
        WorldStateView state = world.state();
        return new OperationsOverview(clock.millis(), players.size(), players, sessions.countLive(), registry.size(),
                metrics.openConnections(), metrics.inboundTotal(), metrics.outboundTotal(),
                state.currentReality(), state.realityStability(), state.shards(), errors.newestFirst());
    }

    /** Sends {@code announcement} to everyone online, escaped like chat. */
    public void announce(SessionState operator, String requestedMessage) {
        String message = HtmlEscaper.escape(Inputs.text("message", requestedMessage, Limits.MIN_CHAT_LENGTH, Limits.MAX_CHAT_LENGTH));
        LOG.info(() -> "operator " + operator.username() + " announced: " + message);
        bus.publish(Audience.everyone(), messages.of(MessageTypes.ANNOUNCEMENT, new Announcement(message, operator.username())));
    }

    /** Ends the session playing {@code characterId} as a kick; {@code NOT_FOUND} when it is not online here. */
    public void kick(SessionState operator, long characterId) {
        PlayerSession session = registry.byCharacter(characterId);
        if (session == null) {
            throw GameException.notFound("character " + characterId + " is not online");
        }
        LOG.info(() -> "operator " + operator.username() + " kicked character " + characterId
                + " (session " + session.sessionId() + ")");
        sessions.end(session.auth(), SessionEnded.KICKED);
    }

    /** Ends a live session; {@code NOT_FOUND} when there is none of that id. */
    public void endSession(SessionState operator, String sessionId) {
        SessionState target = sessions.findLive(sessionId)
                .orElseThrow(() -> GameException.notFound("no live session " + sessionId));
        LOG.info(() -> "operator " + operator.username() + " ended session " + sessionId);
        sessions.end(target, SessionEnded.ENDED_BY_ADMIN);
    }

    private List<OnlinePlayerRow> onlinePlayers() {
        Map<Long, String> locationNames = world.locations().stream()
                .collect(Collectors.toMap(LocationView::id, LocationView::name, (a, b) -> a));
        List<OnlinePlayerRow> rows = new ArrayList<>();
        for (PlayerSession session : registry.withCharacter()) {
            Long characterId = session.characterId();
            if (characterId == null) {
                continue;
            }
            presence.find(characterId).ifPresent(character -> rows.add(row(session, character, locationNames::get)));
        }
        rows.sort(Comparator.comparing(OnlinePlayerRow::characterName, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    private static OnlinePlayerRow row(PlayerSession session, OnlineCharacter character, Function<Long, String> locationName) {
        return new OnlinePlayerRow(character.characterId(), character.name(), character.faction(), character.level(),
                character.locationId(), locationName.apply(character.locationId()), session.sessionId(),
                session.auth().username(), session.awaySince() == null);
    }
}
