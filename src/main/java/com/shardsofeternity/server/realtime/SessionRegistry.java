package com.shardsofeternity.server.realtime;

import com.shardsofeternity.server.auth.SessionState;
import com.shardsofeternity.server.config.GameSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The game sessions this node holds, by session id and by the character they play. */
@ApplicationScoped
public class SessionRegistry {

    @Inject
    GameSettings settings;
    @Inject
    RealtimeMetrics metrics;
    @Inject
    ReplayMirror mirror;

    private final Map<String, PlayerSession> bySession = new ConcurrentHashMap<>();
    private final Map<Long, PlayerSession> byCharacter = new ConcurrentHashMap<>();

    /**
     * The session's real-time state, made on its first socket on this node; in a cluster it continues
     * from what another node mirrored (numbering and replay buffer).
     */
    public PlayerSession obtain(SessionState auth) {
        return bySession.computeIfAbsent(auth.sessionId(), id -> {
            PlayerSession session = new PlayerSession(auth, settings.replayBufferSize(), settings.resumeWindowMs(),
                    metrics, mirror, System.currentTimeMillis());
            mirror.load(id).ifPresent(session::restore);
            return session;
        });
    }

    public Optional<PlayerSession> find(String sessionId) {
        return Optional.ofNullable(bySession.get(sessionId));
    }

    public PlayerSession byCharacter(long characterId) {
        return byCharacter.get(characterId);
    }

    /** Sessions playing a character: the audience of everything but session-level messages. */
    public Collection<PlayerSession> withCharacter() {
        return byCharacter.values();
    }

    public Collection<PlayerSession> all() {
        return bySession.values();
    }

    /** Binds the session to a character (one session per character: a newer one takes over). */
    public PlayerSession bind(PlayerSession session, long characterId, String faction) {
        Long previous = session.characterId();
        if (previous != null && previous != characterId) {
            byCharacter.remove(previous, session);
        }
        session.playAs(characterId, faction);
        return byCharacter.put(characterId, session);
    }

    public void unbind(PlayerSession session) {
        Long characterId = session.characterId();
        if (characterId != null) {
            byCharacter.remove(characterId, session);
        }
        session.playAs(null, null);
    }

    /** Forgets a session on this node (it ended, or another node took it over). */
    public void remove(PlayerSession session) {
        unbind(session);
        bySession.remove(session.sessionId(), session);
    }

    public int size() {
        return bySession.size();
    }
}
