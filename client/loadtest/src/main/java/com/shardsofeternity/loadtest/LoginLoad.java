package com.shardsofeternity.loadtest;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Closed-loop logins: each loop logs in, waits for the answer, and logs in again, taking turns over a
 * set of accounts. Every login costs the server one Argon2id verification at its configured cost.
 */
final class LoginLoad {

    private final Api api;
    private final Roster roster;
    private final int loops;
    private final int users;
    private final LatencyHistogram latency = new LatencyHistogram();
    private final LongAdder ok = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final AtomicInteger next = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    LoginLoad(Api api, Roster roster, int loops, int users) {
        this.api = api;
        this.roster = roster;
        this.loops = loops;
        this.users = Math.max(1, users);
    }

    /** The login loops the options ask for, over accounts of their own ({@code <prefix>login<n>}). */
    static LoginLoad of(Options options, Api api) {
        Roster accounts = new Roster(api, options.userPrefix() + "login", options.password());
        return new LoginLoad(api, accounts, options.loginClients(), options.loginUsers());
    }

    /** Makes sure the accounts exist; registering is not part of the measurement. */
    void prepare() {
        roster.registerAll(0, users);
    }

    void start() {
        running = true;
        for (int i = 0; i < loops; i++) {
            Thread thread = new Thread(this::loop, "login-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(60_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    private void loop() {
        while (running) {
            String username = roster.username(Math.floorMod(next.getAndIncrement(), users));
            HttpRequest request = api.loginRequest(username, roster.password());
            long started = System.nanoTime();
            try {
                HttpResponse<Void> response = api.http().send(request, HttpResponse.BodyHandlers.discarding());
                long micros = (System.nanoTime() - started) / 1000;
                switch (response.statusCode()) {
                    case 200 -> {
                        ok.increment();
                        latency.record(micros);
                    }
                    case 429 -> throttled.increment();
                    default -> failed.increment();
                }
            } catch (IOException unreachable) {
                failed.increment();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void addTo(Report report, String prefix, double seconds) {
        report.put(prefix + "loops", loops);
        report.put(prefix + "ok", ok.sum());
        report.put(prefix + "per_s", ok.sum() / seconds);
        report.put(prefix + "throttled_429", throttled.sum());
        report.put(prefix + "failed", failed.sum());
        report.put(prefix + "p50_ms", latency.percentile(50) / 1000.0);
        report.put(prefix + "p99_ms", latency.percentile(99) / 1000.0);
        report.put(prefix + "max_ms", latency.max() / 1000.0);
    }
}
