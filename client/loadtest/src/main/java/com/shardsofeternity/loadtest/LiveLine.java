package com.shardsofeternity.loadtest;

import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** The progress line of a socket run: deliveries per second and CPU of server and generator over the last second. */
final class LiveLine implements Supplier<String> {

    private final ServerProcess server;
    private final LongSupplier deliveries;
    private final Supplier<String> state;
    private final long startNanos = System.nanoTime();
    private long lastNanos = System.nanoTime();
    private long lastDeliveries;
    private double lastServerCpu;
    private double lastGeneratorCpu;

    LiveLine(ServerProcess server, LongSupplier deliveries, Supplier<String> state) {
        this.server = server;
        this.deliveries = deliveries;
        this.state = state;
        this.lastDeliveries = deliveries.getAsLong();
        this.lastServerCpu = server.cpuSeconds();
        this.lastGeneratorCpu = Machine.generatorCpuSeconds();
    }

    @Override
    public String get() {
        long now = System.nanoTime();
        long delivered = deliveries.getAsLong();
        double serverCpu = server.cpuSeconds();
        double generatorCpu = Machine.generatorCpuSeconds();
        double seconds = Math.max(1e-3, (now - lastNanos) / 1e9);
        String line = String.format(Locale.ROOT, "%4.0fs %s | %,9.0f deliveries/s | server %s cores | generator %.2f cores | load %s",
                (now - startNanos) / 1e9, state.get(), (delivered - lastDeliveries) / seconds,
                serverCpu < 0 ? "?" : String.format(Locale.ROOT, "%.2f", (serverCpu - lastServerCpu) / seconds),
                (generatorCpu - lastGeneratorCpu) / seconds, Machine.loadAverage().split(" ")[0]);
        lastNanos = now;
        lastDeliveries = delivered;
        lastServerCpu = serverCpu;
        lastGeneratorCpu = generatorCpu;
        return line;
    }
}
