package com.shardsofeternity.loadtest;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The command line: a workload name, then {@code --name value} pairs (a bare {@code --flag} means true). */
public final class Options {

    static final Set<String> WORKLOADS = Set.of("chat", "position", "idle", "rest", "ramp");

    private static final Set<String> FLAGS = Set.of("no-gc", "select", "help");

    private static final Map<String, Map<String, String>> DEFAULTS = Map.of(
            "chat", Map.of("clients", "200", "senders", "20", "rate", "25", "duration", "30"),
            "position", Map.of("clients", "400", "locations", "14", "rate", "10", "duration", "30"),
            "idle", Map.of("clients", "1000", "duration", "30"),
            "rest", Map.of("clients", "32", "login-clients", "2", "duration", "20"),
            "ramp", Map.of("of", "chat", "clients", "200", "senders", "20", "locations", "14",
                    "rate", "10", "step", "5", "steps", "20", "duration", "10"));

    private final String workload;
    private final Map<String, String> values;

    private Options(String workload, Map<String, String> values) {
        this.workload = workload;
        this.values = values;
    }

    public static Options parse(String... args) {
        if (args.length == 0 || !WORKLOADS.contains(args[0].toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("the first argument is the workload: one of " + WORKLOADS);
        }
        String workload = args[0].toLowerCase(Locale.ROOT);
        Map<String, String> values = new HashMap<>(DEFAULTS.get(workload));
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + arg);
            }
            String name = arg.substring(2);
            int equals = name.indexOf('=');
            if (equals > 0) {
                values.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (FLAGS.contains(name)) {
                values.put(name, "true");
            } else if (i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return new Options(workload, values);
    }

    public String workload() {
        return workload;
    }

    public URI server() {
        String base = text("server", "http://localhost:8888");
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    public URI socketUri() {
        URI http = server();
        String scheme = "https".equals(http.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + "://" + http.getRawAuthority() + "/ws");
    }

    public int clients() {
        return integer("clients", 1);
    }

    public int senders() {
        return Math.min(clients(), integer("senders", clients()));
    }

    public double rate() {
        return decimal("rate", 1);
    }

    public int locations() {
        return integer("locations", 1);
    }

    public int durationSeconds() {
        return integer("duration", 30);
    }

    public int warmupSeconds() {
        return integer("warmup", 5);
    }

    public int drainSeconds() {
        return integer("drain", 5);
    }

    /** The server's process id, for its CPU time and resident memory; 0 when not given. */
    public long serverPid() {
        return Long.parseLong(text("pid", "0"));
    }

    public String userPrefix() {
        return text("user-prefix", "lt");
    }

    public String password() {
        return text("password", "load-test-password");
    }

    /** Concurrent login loops: the REST login phase, or logins alongside chat. */
    public int loginClients() {
        return integer("login-clients", 0);
    }

    /** Accounts the login loops take turns with. */
    public int loginUsers() {
        return integer("login-users", 50);
    }

    public int ioThreads() {
        return integer("io-threads", 2);
    }

    public int connectConcurrency() {
        return integer("connect-concurrency", 64);
    }

    public boolean collectGarbage() {
        return !flag("no-gc");
    }

    public boolean selectCharacters() {
        return flag("select");
    }

    public String rampOf() {
        return text("of", "chat");
    }

    public double rampStep() {
        return decimal("step", 5);
    }

    public int rampSteps() {
        return integer("steps", 20);
    }

    public double maxP99Millis() {
        return decimal("max-p99-ms", 50);
    }

    public double maxLossPercent() {
        return decimal("max-loss-percent", 0.1);
    }

    public boolean help() {
        return flag("help");
    }

    private boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }

    private String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    private int integer(String name, int fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException bad) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got " + value);
        }
    }

    private double decimal(String name, double fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException bad) {
            throw new IllegalArgumentException("--" + name + " must be a number, got " + value);
        }
    }

    static String usage() {
        return """
                usage: java -jar loadtest.jar <workload> [options]

                workloads:
                  chat      C clients on global chat, S of them sending R messages/s each
                  position  C clients spread over L locations, each sending location_update at R Hz
                  idle      C authenticated idle sockets; server heap and resident memory per socket
                  rest      GET /api/world/state throughput and latency, then login throughput and latency
                  ramp      raise --of chat|position by --step per step until p99 or loss passes its limit

                options (defaults depend on the workload):
                  --server URL            the master server (http://localhost:8888)
                  --pid PID               the server's process, for its CPU time and resident memory
                  --clients N             sockets (chat, position, idle) or concurrent requests (rest)
                  --senders S             chat: how many of the clients send
                  --rate R                chat: messages/s per sender; position: updates/s per client
                  --locations L           position: locations the clients are spread over
                  --duration SECONDS      measured time (idle: how long the sockets are held; ramp: per step)
                  --warmup SECONDS        traffic before measuring starts (5)
                  --drain SECONDS         longest wait for late deliveries after sending stops (5)
                  --login-clients K       chat: login loops running during the measurement; rest: login loops
                  --login-users N         accounts the login loops use (50)
                  --select                idle: also select a character on every socket
                  --of chat|position      ramp: the workload to ramp
                  --step R                ramp: rate added per step
                  --steps N               ramp: at most this many steps
                  --max-p99-ms MS         ramp: p99 limit (50)
                  --max-loss-percent P    ramp: loss limit (0.1)
                  --user-prefix P         account names are P0, P1, ... (lt); made on first use, reused after
                  --io-threads N          WebSocket client instances, one I/O thread each (2)
                  --no-gc                 idle: do not ask the server's JVM for a GC before reading its heap
                """;
    }
}
