package com.shardsofeternity.loadtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load test's sockets. They are spread over a few JDK HTTP clients (each has one selector thread
 * doing the I/O) that share a small callback pool, so thousands of sockets cost a handful of threads.
 */
public final class Fleet implements AutoCloseable {

    private final URI uri;
    private final List<HttpClient> clients = new ArrayList<>();
    private final ExecutorService callbacks;
    private final List<GameConnection> connections = new ArrayList<>();
    private final AtomicInteger closedUnexpectedly = new AtomicInteger();

    public Fleet(URI uri, int ioThreads) {
        this.uri = uri;
        AtomicInteger counter = new AtomicInteger();
        this.callbacks = Executors.newFixedThreadPool(Math.max(2, ioThreads), runnable -> {
            Thread thread = new Thread(runnable, "socket-callbacks-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < Math.max(1, ioThreads); i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(callbacks).build());
        }
    }

    /**
     * Connects and authenticates every player, at most {@code concurrency} handshakes at a time.
     *
     * @return the connections, in the order of {@code players}
     */
    public List<GameConnection> connect(List<Player> players, GameConnection.FrameListener listener, int concurrency) {
        Semaphore handshakes = new Semaphore(Math.max(1, concurrency));
        List<CompletableFuture<GameConnection>> pending = new ArrayList<>(players.size());
        AtomicInteger done = new AtomicInteger();
        GameConnection.FrameListener counting = new GameConnection.FrameListener() {
            @Override
            public void onFrame(GameConnection connection, String frame, long receivedNanos) {
                listener.onFrame(connection, frame, receivedNanos);
            }

            @Override
            public void onClosed(GameConnection connection, int code) {
                closedUnexpectedly.incrementAndGet();
                listener.onClosed(connection, code);
            }
        };
        for (int i = 0; i < players.size(); i++) {
            acquire(handshakes);
            HttpClient client = clients.get(i % clients.size());
            CompletableFuture<GameConnection> opened = GameConnection.open(client, uri, players.get(i), counting)
                    .whenComplete((connection, failure) -> {
                        handshakes.release();
                        int finished = done.incrementAndGet();
                        if (finished % 500 == 0 || finished == players.size()) {
                            Console.progress("connecting " + finished + "/" + players.size());
                        }
                    });
            pending.add(opened);
        }
        List<GameConnection> opened = new ArrayList<>(players.size());
        for (CompletableFuture<GameConnection> future : pending) {
            try {
                opened.add(future.get(60, TimeUnit.SECONDS));
            } catch (Exception failed) {
                Console.endProgress();
                throw new IllegalStateException("a socket could not connect and authenticate: " + rootMessage(failed), failed);
            }
        }
        Console.endProgress();
        synchronized (connections) {
            connections.addAll(opened);
        }
        return opened;
    }

    /** Sockets that closed while the test still needed them. */
    public int closedUnexpectedly() {
        return closedUnexpectedly.get();
    }

    public int open() {
        synchronized (connections) {
            return (int) connections.stream().filter(GameConnection::isOpen).count();
        }
    }

    @Override
    public void close() {
        List<GameConnection> all;
        synchronized (connections) {
            all = new ArrayList<>(connections);
            connections.clear();
        }
        for (GameConnection connection : all) {
            connection.close();
        }
        sleep(500);
        for (GameConnection connection : all) {
            connection.abort();
        }
        callbacks.shutdownNow();
    }

    private static void acquire(Semaphore semaphore) {
        try {
            semaphore.acquire();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
