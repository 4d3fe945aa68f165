package com.shardsofeternity.server.cluster;

import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.realtime.Audience;
import com.shardsofeternity.server.realtime.EventBus;
import com.shardsofeternity.server.realtime.LocalDelivery;
import com.shardsofeternity.server.realtime.ServerMessage;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The cluster's event bus: every publish goes to one Redis channel that every node (the publisher
 * included) subscribes to; each node delivers to the sockets it holds. One Redis connection per node
 * and one delivering thread keep messages in publish order, and each node sees each message once.
 */
@ApplicationScoped
@Typed(ClusterBus.class)
public class ClusterBus implements EventBus {

    private String channelKey() {
        return redis.key("bus");
    }
    private static final Logger LOG = Logger.getLogger(ClusterBus.class.getName());

    @Inject
    Redis redis;
    @Inject
    LocalDelivery delivery;
    @Inject
    GameSettings settings;

    @Resource
    ManagedThreadFactory threads;

    private ExecutorService deliverer;

    /** Starts receiving; delivery runs on one managed thread (container context, publish order). */
    void start() {
        deliverer = Executors.newSingleThreadExecutor(threads);
        redis.subscribe(channelKey(), text -> deliverer.execute(() -> deliver(text)));
    }

    @Override
    public void publish(Audience audience, ServerMessage message) {
        redis.publish(channelKey(), BusCodec.encode(settings.nodeName(), audience, message));
    }

    private void deliver(String text) {
        try {
            BusCodec.Published published = BusCodec.decode(text);
            delivery.deliver(published.audience(), published.message());
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "could not deliver a cluster message", failure);
        }
    }

    @PreDestroy
    void stop() {
        if (deliverer != null) {
            deliverer.shutdownNow();
        }
    }
}
