package com.shardsofeternity.server.auth;

import com.shardsofeternity.server.limits.InMemoryRateCounter;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every minute: ends expired sessions (each fires {@link SessionEnded}) and drops idle rate-limit keys. */
@Singleton
public class SessionReaper {

    private static final Logger LOG = Logger.getLogger(SessionReaper.class.getName());

    @Inject
    SessionService sessions;
    @Inject
    InMemoryRateCounter localCounters;
    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "7", persistent = false, info = "session-reaper")
    public void reapExpiredSessions() {
        try {
            int ended = sessions.reap();
            localCounters.evictIdle(clock.millis());
            if (ended > 0) {
                LOG.info(() -> "ended " + ended + " expired session(s)");
            }
        } catch (RuntimeException failure) {
            // A failed round must not cancel the timer; the next minute tries again.
            LOG.log(Level.WARNING, "session reaping failed; retrying next minute", failure);
        }
    }
}
