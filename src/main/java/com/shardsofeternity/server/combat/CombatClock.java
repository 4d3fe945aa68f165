package com.shardsofeternity.server.combat;

import com.shardsofeternity.server.party.PartyService;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Once a second: passes combat turns that ran out and drops expired party invitations. */
@ApplicationScoped
public class CombatClock {

    private static final Logger LOG = Logger.getLogger(CombatClock.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    CombatService combat;
    @Inject
    PartyService parties;

    private ScheduledFuture<?> ticking;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ticking = scheduler.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    private void tick() {
        try {
            combat.expireTurns();
            parties.expireInvites();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "combat clock tick failed", failure);
        }
    }
}
