package com.shardsofeternity.server.realtime;

import com.shardsofeternity.protocol.CloseCodes;
import com.shardsofeternity.server.auth.SessionEnded;
import com.shardsofeternity.server.character.CharacterSelected;
import com.shardsofeternity.server.character.CharacterService;
import com.shardsofeternity.server.character.PlayerCharacter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Brings characters online and takes them offline as sessions connect, select, drop, expire and end.
 * Ended sessions (logout, expiry, kick) lose their socket at once, with 4001 (4003 for a kick).
 */
@ApplicationScoped
public class SessionLifecycle {

    private static final Logger LOG = Logger.getLogger(SessionLifecycle.class.getName());

    @Inject
    SessionRegistry registry;
    @Inject
    PresenceService presence;
    @Inject
    CharacterService characters;
    @Inject
    Clock clock;
    @Inject
    ReplayMirror mirror;
    @Inject
    Event<CharacterOffline> offlineEvents;

    /** Puts the session's selected character online (if it is not already) and tells it who is nearby. */
    public void bringOnline(PlayerSession session, long characterId) {
        if (!presence.isOnlineHere(characterId) || registry.byCharacter(characterId) != session) {
            PlayerCharacter stored = characters.find(characterId).orElse(null);
            if (stored == null) {
                return;
            }
            PlayerSession displaced = registry.bind(session, characterId, stored.faction());
            if (displaced != null && displaced != session) {
                displaced.playAs(null, null);
            }
            presence.enter(new OnlineCharacter(characterId, stored.name(), stored.faction(), stored.level(),
                    stored.health(), stored.maxHealth(),
                    stored.locationId(), stored.position(), clock.millis()));
        }
        presence.sendNearbyPlayers(characterId);
    }

    /**
     * Takes the session's character offline, remembering where it was, and tells who cares
     * ({@link CharacterOffline}).
     */
    public void takeOffline(PlayerSession session) {
        Long characterId = session.characterId();
        if (characterId == null) {
            return;
        }
        Optional<OnlineCharacter> left = Optional.empty();
        if (registry.byCharacter(characterId) == session) {
            left = presence.leave(characterId);
            left.ifPresent(last ->
                    characters.savePlace(characterId, last.locationId(), last.position(), last.lastSeen()));
        }
        registry.unbind(session);
        if (left.isPresent()) {
            offlineEvents.fire(new CharacterOffline(characterId));
        }
    }

    void onSessionEnded(@Observes SessionEnded ended) {
        registry.find(ended.sessionId()).ifPresent(session -> {
            Connection connection = session.connection();
            if (connection != null) {
                int code = SessionEnded.KICKED.equals(ended.reason()) ? CloseCodes.KICKED : CloseCodes.AUTHENTICATION;
                connection.close(code, "session " + ended.reason());
            }
            takeOffline(session);
            registry.remove(session);
            mirror.forget(ended.sessionId());
            LOG.fine(() -> "closed real-time session " + ended.sessionId() + ": " + ended.reason());
        });
    }

    /**
     * Another node now holds this session's socket: close ours (4004) and drop its state here without
     * announcing anything, since the character stays online over there.
     */
    public void releaseToAnotherNode(String sessionId) {
        registry.find(sessionId).ifPresent(session -> {
            Connection connection = session.connection();
            if (connection != null) {
                connection.close(CloseCodes.REPLACED, "the session connected elsewhere");
            }
            Long characterId = session.characterId();
            if (characterId != null && registry.byCharacter(characterId) == session) {
                presence.forgetHere(characterId);
            }
            registry.remove(session);
        });
    }

    void onCharacterSelected(@Observes CharacterSelected selected) {
        registry.find(selected.sessionId()).ifPresent(session -> {
            if (session.characterId() != null && session.characterId() != selected.characterId()) {
                takeOffline(session);
            }
            if (session.connection() != null) {
                bringOnline(session, selected.characterId());
            }
        });
    }
}
