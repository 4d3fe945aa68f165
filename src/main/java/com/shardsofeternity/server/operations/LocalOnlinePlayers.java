package com.shardsofeternity.server.operations;

import com.shardsofeternity.protocol.model.LocationView;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.auth.SessionEnded;
import com.shardsofeternity.server.auth.SessionService;
import com.shardsofeternity.server.realtime.OnlineCharacter;
import com.shardsofeternity.server.realtime.PlayerSession;
import com.shardsofeternity.server.realtime.PresenceService;
import com.shardsofeternity.server.realtime.SessionRegistry;
import com.shardsofeternity.server.world.WorldService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The characters whose sessions this node holds: all of them on a single node, this node's share in a cluster. */
@ApplicationScoped
@Typed(LocalOnlinePlayers.class)
public class LocalOnlinePlayers implements OnlinePlayers {

    @Inject
    SessionRegistry registry;
    @Inject
    PresenceService presence;
    @Inject
    SessionService sessions;
    @Inject
    WorldService world;

    /** The characters online on this node, by name (transactional: another node may ask, on a thread of its calls). */
    @Override
    @Transactional
    public List<OnlinePlayerRow> list() {
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

    /** Ends the session playing {@code characterId} on this node; {@code NOT_FOUND} when it is not online here. */
    @Override
    public String kick(long characterId) {
        PlayerSession session = registry.byCharacter(characterId);
        if (session == null) {
            throw GameException.notFound("character " + characterId + " is not online");
        }
        sessions.end(session.auth(), SessionEnded.KICKED);
        return session.sessionId();
    }

    private static OnlinePlayerRow row(PlayerSession session, OnlineCharacter character, Function<Long, String> locationName) {
        return new OnlinePlayerRow(character.characterId(), character.name(), character.faction(), character.level(),
                character.locationId(), locationName.apply(character.locationId()), session.sessionId(),
                session.auth().username(), session.awaySince() == null);
    }
}
