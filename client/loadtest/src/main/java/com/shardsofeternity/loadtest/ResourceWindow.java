package com.shardsofeternity.loadtest;

/**
 * CPU used between two instants by the server, the generator and the whole machine (the rest is other
 * processes: on a shared machine, the noise in the figures).
 */
final class ResourceWindow {

    private final ServerProcess server;
    private long startNanos;
    private double serverCpuStart;
    private double generatorCpuStart;
    private long[] machineStart;
    private String loadAtStart;
    private long endNanos;
    private double serverCpuEnd;
    private double generatorCpuEnd;
    private long[] machineEnd;
    private String loadAtEnd;

    ResourceWindow(ServerProcess server) {
        this.server = server;
    }

    void start() {
        startNanos = System.nanoTime();
        serverCpuStart = server.cpuSeconds();
        generatorCpuStart = Machine.generatorCpuSeconds();
        machineStart = Machine.cpuTicks();
        loadAtStart = Machine.loadAverage();
    }

    void stop() {
        endNanos = System.nanoTime();
        serverCpuEnd = server.cpuSeconds();
        generatorCpuEnd = Machine.generatorCpuSeconds();
        machineEnd = Machine.cpuTicks();
        loadAtEnd = Machine.loadAverage();
    }

    double seconds() {
        return (endNanos - startNanos) / 1e9;
    }

    /** Server CPU seconds in the window, or -1 without a server pid. */
    double serverCpuSeconds() {
        return serverCpuStart < 0 || serverCpuEnd < 0 ? -1 : serverCpuEnd - serverCpuStart;
    }

    double generatorCpuSeconds() {
        return generatorCpuEnd - generatorCpuStart;
    }

    /** Cores kept busy on average by every process of the machine. */
    double machineBusyCores() {
        long total = machineEnd[1] - machineStart[1];
        long busy = machineEnd[0] - machineStart[0];
        return total <= 0 ? -1 : (double) busy / total * Machine.cores();
    }

    /** Cores kept busy by processes other than the server and the generator. */
    double otherCores() {
        double busy = machineBusyCores();
        double serverCores = serverCpuSeconds() < 0 ? 0 : serverCpuSeconds() / seconds();
        return busy < 0 ? -1 : Math.max(0, busy - serverCores - generatorCpuSeconds() / seconds());
    }

    void addTo(Report report) {
        report.put("window_s", seconds());
        if (serverCpuSeconds() >= 0) {
            report.put("server_cpu_cores", serverCpuSeconds() / seconds());
        }
        report.put("generator_cpu_cores", generatorCpuSeconds() / seconds());
        report.put("other_processes_cpu_cores", otherCores());
        report.put("machine_busy_cores", machineBusyCores());
        report.put("load_average_start", loadAtStart);
        report.put("load_average_end", loadAtEnd);
    }
}
