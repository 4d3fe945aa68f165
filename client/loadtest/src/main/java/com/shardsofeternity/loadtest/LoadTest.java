package com.shardsofeternity.loadtest;

import java.util.List;
import java.util.StringJoiner;

/**
 * The load test's command line. It speaks only the public protocol (REST and {@code /ws}), prints a
 * progress line on standard error while it runs, then a readable table and one JSON line of results
 * on standard output.
 */
public final class LoadTest {

    /** Server settings that change what a benchmark measures; reported as the server process has them. */
    static final List<String> SERVER_SETTINGS = List.of("CHAT_RATE_LIMIT", "CHAT_RATE_WINDOW_MS", "POSITION_RATE_LIMIT",
            "TICK_RATE_HZ", "LOGIN_MAX_FAILURES", "ARGON2_MEMORY_KIB", "ARGON2_ITERATIONS", "ARGON2_PARALLELISM",
            "PASSWORD_HASHING_THREADS", "PASSWORD_HASHING_QUEUE", "OUTBOUND_QUEUE_SOFT_LIMIT", "OUTBOUND_QUEUE_HARD_LIMIT",
            "OUTBOUND_LINGER_MS");

    private LoadTest() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException bad) {
            System.err.println(bad.getMessage());
            System.err.println(Options.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(Options.usage());
            return;
        }
        try {
            Report report = run(options);
            System.out.println();
            System.out.print(report.toTable());
            System.out.println(report.toJson());
            System.exit(0);
        } catch (RuntimeException failed) {
            Console.note("load test failed: " + failed.getMessage());
            System.exit(1);
        }
    }

    static Report run(Options options) {
        Api api = new Api(options.server());
        api.awaitReady(180_000);
        ServerProcess server = new ServerProcess(options.serverPid());
        if (options.serverPid() > 0 && !server.isKnown()) {
            throw new IllegalArgumentException("no readable process " + options.serverPid());
        }
        if (!server.isKnown()) {
            Console.note("no --pid: the server's CPU and resident memory will not be reported");
        }
        Report report = switch (options.workload()) {
            case "chat", "position" -> new TrafficRun(options, api, server).run(options.workload());
            case "idle" -> new IdleRun(options, api, server).run();
            case "rest" -> new RestRun(options, api, server).run();
            case "ramp" -> new RampRun(options, api, server).run();
            default -> throw new IllegalArgumentException("unknown workload " + options.workload());
        };
        report.put("server", options.server().toString());
        report.put("server_settings", settingsOf(server));
        report.put("server_jvm_options", server.jvmOptions());
        report.put("machine", Machine.cores() + " cores, " + Machine.cpuModel());
        report.put("generator_java", System.getProperty("java.version"));
        return report;
    }

    private static String settingsOf(ServerProcess server) {
        if (!server.isKnown()) {
            return "unknown (no --pid)";
        }
        StringJoiner settings = new StringJoiner(" ");
        for (String name : SERVER_SETTINGS) {
            String value = server.environment(name);
            if (value != null) {
                settings.add(name + "=" + value);
            }
        }
        return settings.length() == 0 ? "all defaults" : settings + " (others default)";
    }
}
