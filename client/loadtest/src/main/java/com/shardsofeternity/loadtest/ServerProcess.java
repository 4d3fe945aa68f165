package com.shardsofeternity.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server's JVM seen from outside, through {@code /proc/<pid>}: CPU time and resident memory. Absent
 * (every figure -1) when no pid was given or the process is not readable.
 */
final class ServerProcess {

    /** Linux reports process times in clock ticks of 1/100 s on every common configuration. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long pid;

    ServerProcess(long pid) {
        this.pid = pid;
    }

    boolean isKnown() {
        return pid > 0 && Files.isReadable(Path.of("/proc", Long.toString(pid), "stat"));
    }

    long pid() {
        return pid;
    }

    /** User plus system CPU seconds the process has used so far, or -1. */
    double cpuSeconds() {
        if (!isKnown()) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 0, utime field 11, stime field 12
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }

    /** Resident set size in bytes, or -1. */
    long residentBytes() {
        return statusKilobytes("VmRSS:") * 1024;
    }

    int threads() {
        return (int) statusKilobytes("Threads:");
    }

    /** Open file descriptors (sockets among them), or -1. */
    int openFiles() {
        if (!isKnown()) {
            return -1;
        }
        try (var entries = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return (int) entries.count();
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }

    /**
     * The value of an environment variable of the server process (how the benchmark's server was
     * configured), or null when it is unset or unreadable.
     */
    String environment(String name) {
        if (!isKnown()) {
            return null;
        }
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ"));
            for (String entry : new String(raw, java.nio.charset.StandardCharsets.UTF_8).split("\0")) {
                if (entry.startsWith(name + "=")) {
                    return entry.substring(name.length() + 1);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
        return null;
    }

    /** The server JVM's heap and GC options ({@code -Xm*}, {@code -XX:*}) from its command line, or "?". */
    String jvmOptions() {
        if (!isKnown()) {
            return "?";
        }
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            StringBuilder options = new StringBuilder();
            for (String argument : new String(raw, java.nio.charset.StandardCharsets.UTF_8).split("\0")) {
                if (argument.startsWith("-Xm") || argument.startsWith("-Xs") || argument.startsWith("-XX:")) {
                    options.append(options.length() == 0 ? "" : " ").append(argument);
                }
            }
            return options.length() == 0 ? "JVM defaults" : options.toString();
        } catch (IOException | RuntimeException unreadable) {
            return "?";
        }
    }

    /** Asks the JVM for a full GC through {@code jcmd}, so that the next heap reading counts live data only. */
    boolean collectGarbage() {
        if (!isKnown()) {
            return false;
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(List.of(jcmd.toString(), Long.toString(pid), "GC.run"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException unavailable) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private long statusKilobytes(String field) {
        if (!isKnown()) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
        return -1;
    }
}
