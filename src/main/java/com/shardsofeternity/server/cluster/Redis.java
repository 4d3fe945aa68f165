package com.shardsofeternity.server.cluster;

import com.shardsofeternity.server.config.GameSettings;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The node's connections to Redis, opened on first use: one shared connection for commands (Lettuce
 * connections are thread-safe and pipeline concurrent commands) and one for subscriptions.
 */
@ApplicationScoped
public class Redis {

    private static final Logger LOG = Logger.getLogger(Redis.class.getName());

    @Inject
    GameSettings settings;

    private RedisClient client;
    private StatefulRedisConnection<String, String> connection;
    private StatefulRedisPubSubConnection<String, String> subscriptions;
    private final Map<String, Consumer<String>> listeners = new ConcurrentHashMap<>();

    private synchronized void open() {
        if (connection != null) {
            return;
        }
        client = RedisClient.create(settings.redisUrl());
        client.setDefaultTimeout(Duration.ofSeconds(5));
        connection = client.connect();
        subscriptions = client.connectPubSub();
        subscriptions.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                Consumer<String> listener = listeners.get(channel);
                if (listener == null) {
                    return;
                }
                try {
                    listener.accept(message);
                } catch (RuntimeException failure) {
                    LOG.log(Level.WARNING, "handling a cluster message on " + channel + " failed", failure);
                }
            }
        });
        LOG.info(() -> "connected to Redis at " + settings.redisUrl().replaceAll("//[^@]*@", "//***@"));
    }

    /** A key or channel name in this deployment's namespace (CLUSTER_NAMESPACE), so clusters can share a Redis. */
    public String key(String name) {
        return settings.clusterNamespace() + ":" + name;
    }

    public RedisCommands<String, String> sync() {
        open();
        return connection.sync();
    }

    public RedisAsyncCommands<String, String> async() {
        open();
        return connection.async();
    }

    /** Delivers every message of {@code channel} to {@code listener}, on Lettuce's event thread. */
    public void subscribe(String channel, Consumer<String> listener) {
        open();
        listeners.put(channel, listener);
        subscriptions.sync().subscribe(channel);
    }

    public void publish(String channel, String message) {
        async().publish(channel, message);
    }

    public boolean isReachable() {
        try {
            return "PONG".equals(sync().ping());
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (connection != null) {
            subscriptions.close();
            connection.close();
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            connection = null;
        }
    }
}
