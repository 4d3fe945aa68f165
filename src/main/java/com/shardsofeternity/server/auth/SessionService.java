package com.shardsofeternity.server.auth;

import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.coordination.SingletonJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Opens, checks, touches and ends sessions. Live sessions are cached in memory by token digest and by
 * session id, so a request or a socket message costs no database access; activity is written back in
 * bulk by {@link #reap}, which the session timer calls every minute.
 */
@ApplicationScoped
@Transactional
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class.getName());
    /** How long an ended session's row is kept so its token is still recognised as ended. */
    private static final long ENDED_RETENTION_MILLIS = 24L * 3600 * 1000;
    /** The reaper runs every minute; in a cluster one node holds this lease and scans the database. */
    private static final java.time.Duration REAPER_LEASE = java.time.Duration.ofSeconds(150);

    @Inject
    SessionRepository sessions;
    @Inject
    AccountRepository accounts;
    @Inject
    GameSettings settings;
    @Inject
    Clock clock;
    @Inject
    Event<SessionEnded> endedEvents;
    @Inject
    SingletonJobs jobs;

    private final Map<String, SessionState> byDigest = new ConcurrentHashMap<>();
    private final Map<String, SessionState> byId = new ConcurrentHashMap<>();

    public OpenedSession open(Account account) {
        long now = clock.millis();
        String token = Tokens.newToken();
        String digest = Tokens.digest(token);
        GameSession stored = new GameSession(Tokens.newSessionId(), digest, account.id(), now,
                now + settings.sessionMaxLifetime().toMillis());
        sessions.store(stored);
        SessionState state = stateOf(stored, account);
        cache(state);
        return new OpenedSession(token, state);
    }

    /** Checks a presented token; a valid one counts as activity. */
    public SessionCheck authenticate(String token) {
        if (!Tokens.isWellFormed(token)) {
            return SessionCheck.UNKNOWN;
        }
        String digest = Tokens.digest(token);
        SessionState state = byDigest.get(digest);
        if (state == null) {
            Optional<GameSession> stored = sessions.findByDigest(digest);
            if (stored.isEmpty()) {
                return SessionCheck.UNKNOWN;
            }
            if (stored.get().isEnded()) {
                return SessionCheck.EXPIRED;
            }
            Optional<Account> account = accounts.find(stored.get().accountId());
            if (account.isEmpty()) {
                return SessionCheck.UNKNOWN;
            }
            state = cache(stateOf(stored.get(), account.get()));
        }
        if (state.isEnded()) {
            return SessionCheck.EXPIRED;
        }
        long now = clock.millis();
        if (state.isExpiredAt(now, idleTimeoutMillis())) {
            end(state, SessionEnded.EXPIRED);
            return SessionCheck.EXPIRED;
        }
        state.touch(now);
        return SessionCheck.valid(state);
    }

    /**
     * A live session by its public id, or empty when it is unknown, ended or expired. One this node has
     * not seen (another node of a cluster opened it, or this node restarted since) is read from the
     * database, and not kept here: ending it tells every node, as any ending does.
     */
    public Optional<SessionState> findLive(String sessionId) {
        SessionState state = byId.get(sessionId);
        if (state == null) {
            state = sessions.findByPublicId(sessionId).filter(stored -> !stored.isEnded())
                    .flatMap(stored -> accounts.find(stored.accountId()).map(account -> stateOf(stored, account)))
                    .orElse(null);
        }
        if (state == null || state.isEnded() || state.isExpiredAt(clock.millis(), idleTimeoutMillis())) {
            return Optional.empty();
        }
        return Optional.of(state);
    }

    public void selectCharacter(SessionState state, long characterId) {
        sessions.findByPublicId(state.sessionId()).ifPresent(stored -> stored.selectCharacter(characterId));
        state.selectCharacter(characterId);
    }

    /** Ends a session now: its token stops working and {@link SessionEnded} is fired. */
    public void end(SessionState state, String reason) {
        if (state.isEnded()) {
            return;
        }
        state.markEnded(reason);
        sessions.findByPublicId(state.sessionId()).ifPresent(stored -> stored.end(clock.millis(), reason));
        byDigest.remove(state.tokenDigest());
        byId.remove(state.sessionId());
        LOG.fine(() -> "session " + state.sessionId() + " of account " + state.accountId() + " ended: " + reason);
        endedEvents.fire(new SessionEnded(state.sessionId(), state.accountId(), state.characterId(), reason));
    }

    /**
     * Writes back activity, ends every session past its idle time-out or lifetime, and forgets rows of
     * sessions ended long ago.
     *
     * @return how many sessions were ended
     */
    public int reap() {
        long now = clock.millis();
        long idle = idleTimeoutMillis();
        int ended = 0;
        for (SessionState state : List.copyOf(byId.values())) {
            if (state.isExpiredAt(now, idle)) {
                // In a cluster the player may be active on another node, which writes its activity back.
                sessions.findByPublicId(state.sessionId())
                        .filter(stored -> !stored.isEnded())
                        .ifPresent(stored -> state.touch(stored.lastActivityAt()));
                if (state.isExpiredAt(now, idle)) {
                    end(state, SessionEnded.EXPIRED);
                    ended++;
                }
            } else if (state.lastActivityAt() > state.persistedActivityAt()) {
                long activity = state.lastActivityAt();
                sessions.findByPublicId(state.sessionId()).ifPresent(stored -> stored.touch(activity));
                state.markPersisted(activity);
            }
        }
        if (!jobs.mayRun("session-reaper", REAPER_LEASE)) {
            return ended;
        }
        for (GameSession stored : sessions.dueToExpire(now - idle, now, 500)) {
            SessionState cached = byId.get(stored.publicId());
            if (cached != null && !cached.isExpiredAt(now, idle)) {
                stored.touch(cached.lastActivityAt());
                continue;
            }
            if (cached != null) {
                end(cached, SessionEnded.EXPIRED);
            } else {
                stored.end(now, SessionEnded.EXPIRED);
                endedEvents.fire(new SessionEnded(stored.publicId(), stored.accountId(), stored.characterId(),
                        SessionEnded.EXPIRED));
            }
            ended++;
        }
        sessions.purgeEndedBefore(now - ENDED_RETENTION_MILLIS);
        return ended;
    }

    /**
     * Another node ended this session: forget it here so its token stops working on this node too.
     *
     * @return the session's last state, if this node had it cached
     */
    public Optional<SessionState> forgetEnded(String sessionId, String reason) {
        SessionState state = byId.remove(sessionId);
        if (state == null) {
            return Optional.empty();
        }
        state.markEnded(reason);
        byDigest.remove(state.tokenDigest());
        return Optional.of(state);
    }

    /** Another node selected a character for this session. */
    public void adoptSelection(String sessionId, long characterId) {
        SessionState state = byId.get(sessionId);
        if (state != null) {
            state.selectCharacter(characterId);
        }
    }

    /** Live sessions of an account, for administration. */
    public Collection<SessionState> liveSessionsOf(long accountId) {
        List<SessionState> live = new ArrayList<>();
        for (SessionState state : byId.values()) {
            if (state.accountId() == accountId && !state.isEnded()) {
                live.add(state);
            }
        }
        return live;
    }

    public long countLive() {
        return sessions.countLive();
    }

    public long idleTimeoutMillis() {
        return settings.sessionTimeout().toMillis();
    }

    private SessionState cache(SessionState state) {
        SessionState existing = byDigest.putIfAbsent(state.tokenDigest(), state);
        if (existing != null) {
            return existing;
        }
        byId.put(state.sessionId(), state);
        return state;
    }

    private SessionState stateOf(GameSession stored, Account account) {
        boolean admin = settings.adminUsernames().contains(Account.keyOf(account.username()));
        return new SessionState(stored.publicId(), stored.tokenDigest(), stored.accountId(), account.username(), admin,
                stored.createdAt(), stored.absoluteExpiresAt(), stored.characterId(), stored.lastActivityAt());
    }
}
