package com.shardsofeternity.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shardsofeternity.server.it.MasterServerArchive;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The session timer inside Liberty: {@link SessionReaper}'s schedule is registered with the EJB
 * container, and a round of reaping ends stale sessions, announces them and makes their tokens expire.
 */
@ExtendWith(ArquillianExtension.class)
class SessionReaperArquillianIT {

    private static final long LIFETIME = Duration.ofDays(1).toMillis();

    @Deployment
    static WebArchive deployment() {
        return MasterServerArchive.with(SessionReaperArquillianIT.class, SessionEndedRecorder.class,
                TimerInspector.class, TimerInspector.ScheduledTimer.class);
    }

    @Inject
    SessionReaper reaper;
    @Inject
    SessionService sessions;
    @Inject
    SessionRepository storedSessions;
    @Inject
    AccountRepository accounts;
    @Inject
    SessionEndedRecorder ended;
    @Inject
    TimerInspector timers;
    @Inject
    UserTransaction transaction;
    @Inject
    Clock clock;

    @Test
    void reaperTimerRunsEveryMinuteWithoutPersistence() {
        TimerInspector.ScheduledTimer timer = timers.byInfo("session-reaper")
                .orElseThrow(() -> new AssertionError("no session-reaper timer among " + timers.scheduledTimers()));

        assertFalse(timer.persistent());
        assertEquals("*", timer.hour());
        assertEquals("*", timer.minute());
        assertEquals("7", timer.second());
    }

    @Test
    void expiredSessionIsReapedAndAnnounced() throws Exception {
        // A session known only to the database, as one left by an earlier run of the server.
        Account account = newAccount();
        String token = Tokens.newToken();
        long idleSince = clock.millis() - sessions.idleTimeoutMillis() - Duration.ofMinutes(1).toMillis();
        GameSession stale = new GameSession(Tokens.newSessionId(), Tokens.digest(token), account.id(), idleSince,
                idleSince + LIFETIME);
        transaction.begin();
        storedSessions.store(stale);
        transaction.commit();

        reaper.reapExpiredSessions();

        assertTrue(ended.seen().contains(new SessionEnded(stale.publicId(), account.id(), null, SessionEnded.EXPIRED)),
                "SessionEnded(expired) was fired for the stale session; seen: " + ended.seen());
        assertEquals(SessionCheck.Status.EXPIRED, sessions.authenticate(token).status());
    }

    @Test
    void activeSessionSurvivesReaping() {
        Account account = newAccount();
        OpenedSession opened = sessions.open(account);

        reaper.reapExpiredSessions();

        assertTrue(ended.seen().stream().noneMatch(event -> event.sessionId().equals(opened.session().sessionId())),
                "no SessionEnded for the active session");
        assertEquals(SessionCheck.Status.VALID, sessions.authenticate(opened.token()).status());
    }

    private Account newAccount() {
        Account account = new Account("arq" + UUID.randomUUID().toString().replace("-", "").substring(0, 16),
                "unused-password-hash", clock.millis());
        accounts.storeNow(account);
        return account;
    }
}
