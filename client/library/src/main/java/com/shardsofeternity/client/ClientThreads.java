package com.shardsofeternity.client;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names the client's threads ({@code shards-client-<n>-<role>}) so they are recognisable in dumps,
 * and makes them daemons so a game that forgets {@code close()} can still exit.
 */
final class ClientThreads implements ThreadFactory {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    private ClientThreads(String prefix) {
        this.prefix = prefix;
    }

    /** A prefix shared by all threads of one client. */
    static String clientPrefix() {
        return "shards-client-" + CLIENTS.incrementAndGet();
    }

    static ClientThreads named(String clientPrefix, String role) {
        return new ClientThreads(clientPrefix + "-" + role);
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
