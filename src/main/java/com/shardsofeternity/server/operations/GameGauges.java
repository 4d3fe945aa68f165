package com.shardsofeternity.server.operations;

import com.shardsofeternity.server.auth.AccountRepository;
import com.shardsofeternity.server.auth.PasswordHashingPool;
import com.shardsofeternity.server.auth.SessionService;
import com.shardsofeternity.server.world.OnlinePresence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Application gauges on {@code /metrics}: accounts, live sessions, players online, and the password
 * hashing backlog. The database counts are cached for ten seconds so a scrape never loads the database.
 */
@ApplicationScoped
public class GameGauges {

    private static final long CACHE_MILLIS = 10_000;

    @Inject
    MetricRegistry metrics;
    @Inject
    AccountRepository accounts;
    @Inject
    SessionService sessions;
    @Inject
    OnlinePresence presence;
    @Inject
    PasswordHashingPool hashing;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        metrics.gauge("sote_accounts", cached(accounts::count));
        metrics.gauge("sote_sessions_active", cached(sessions::countLive));
        metrics.gauge("sote_players_online", presence::onlineCount);
        metrics.gauge("sote_password_hashing_backlog", hashing::backlog);
    }

    private static Supplier<Long> cached(Supplier<Long> source) {
        AtomicLong value = new AtomicLong();
        AtomicLong readAt = new AtomicLong(Long.MIN_VALUE / 2);
        return () -> {
            long now = System.currentTimeMillis();
            if (now - readAt.get() > CACHE_MILLIS) {
                try {
                    value.set(source.get());
                    readAt.set(now);
                } catch (RuntimeException databaseDown) {
                    // keep the last value; readiness reports the database
                }
            }
            return value.get();
        };
    }
}
