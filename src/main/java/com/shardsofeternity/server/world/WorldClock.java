package com.shardsofeternity.server.world;

import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.coordination.SingletonJobs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The world clock: an EJB interval timer (WORLD_CLOCK_INTERVAL_SECONDS) that moves stability over time,
 * once per deployment (in a cluster, on the node holding the world-clock lease).
 */
@Singleton
@Startup
public class WorldClock {

    private static final Logger LOG = Logger.getLogger(WorldClock.class.getName());

    @Resource
    TimerService timers;
    @Inject
    ShardService shards;
    @Inject
    GameSettings settings;
    @Inject
    SingletonJobs jobs;
    @Inject
    org.eclipse.microprofile.metrics.MetricRegistry metrics;

    @PostConstruct
    void start() {
        long interval = settings.worldClockIntervalMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("world-clock", false));
    }

    @Timeout
    void tick() {
        if (!jobs.mayRun("world-clock", java.time.Duration.ofMillis(settings.worldClockIntervalMillis() * 5 / 2))) {
            return;
        }
        metrics.counter("sote_world_clock_ticks_total").inc();
        try {
            shards.tick();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "world clock tick failed; the next tick tries again", failure);
        }
    }
}
