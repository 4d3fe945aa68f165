package com.shardsofeternity.server.cluster;

import com.shardsofeternity.server.config.GameSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** In cluster mode a node is ready only while it reaches Redis. */
@Readiness
@ApplicationScoped
public class RedisReadiness implements HealthCheck {

    @Inject
    GameSettings settings;
    @Inject
    Redis redis;

    @Override
    public HealthCheckResponse call() {
        if (!settings.clusterEnabled()) {
            return HealthCheckResponse.named("redis").up().withData("mode", "single node: not used").build();
        }
        return HealthCheckResponse.named("redis").status(redis.isReachable()).withData("node", settings.nodeName()).build();
    }
}
