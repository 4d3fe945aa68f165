package com.shardsofeternity.server.cluster;

import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.coordination.SingletonJobs;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every node says it is alive every few seconds; the holder of the janitor lease removes the presence
 * entries of nodes that stopped saying so (a crashed node cannot take its players offline itself).
 */
@ApplicationScoped
public class NodeHeartbeat {

    private String nodesKey() {
        return redis.key("nodes");
    }
    private static final Logger LOG = Logger.getLogger(NodeHeartbeat.class.getName());
    private static final long BEAT_MILLIS = 5_000;
    private static final long DEAD_AFTER_MILLIS = 20_000;

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    Redis redis;
    @Inject
    RedisPresence presence;
    @Inject
    SingletonJobs jobs;
    @Inject
    GameSettings settings;

    private ScheduledFuture<?> beating;

    void start() {
        beating = scheduler.scheduleAtFixedRate(this::beat, 0, BEAT_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (beating != null) {
            beating.cancel(false);
        }
    }

    private void beat() {
        try {
            long now = System.currentTimeMillis();
            redis.sync().hset(nodesKey(), settings.nodeName(), Long.toString(now));
            if (jobs.mayRun("presence-janitor", Duration.ofMillis(BEAT_MILLIS * 3))) {
                Set<String> alive = new HashSet<>();
                for (Map.Entry<String, String> node : redis.sync().hgetall(nodesKey()).entrySet()) {
                    if (now - Long.parseLong(node.getValue()) < DEAD_AFTER_MILLIS) {
                        alive.add(node.getKey());
                    } else {
                        redis.sync().hdel(nodesKey(), node.getKey());
                    }
                }
                int dropped = presence.dropEntriesOf(alive);
                if (dropped > 0) {
                    LOG.info(() -> "took " + dropped + " player(s) of stopped nodes offline");
                }
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "cluster heartbeat failed", failure);
        }
    }
}
