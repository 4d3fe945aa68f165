package com.shardsofeternity.server.operations;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the JVM has memory to spare; a node that is out of heap should be restarted. */
@Liveness
@ApplicationScoped
public class ServerLiveness implements HealthCheck {

    private static final double MAX_HEAP_USED = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double fraction = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("heap").status(fraction < MAX_HEAP_USED)
                .withData("used_mib", used / (1024 * 1024))
                .withData("max_mib", runtime.maxMemory() / (1024 * 1024)).build();
    }
}
