package com.shardsofeternity.server.it.client;

import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.client.dispatch.Registration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Everything of one message type that a client's handlers received, bound to its record, with waits
 * for what has not arrived yet. A test reads it from its own thread while the client's dispatch thread
 * fills it.
 */
final class Inbox<T> {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final String type;
    private final List<T> received = new ArrayList<>();
    private final Registration registration;

    private Inbox(GameClient client, String type, Class<T> model) {
        this.type = type;
        this.registration = client.registerHandler(type, model, this::add);
    }

    /** Starts recording {@code type} messages of {@code client}. */
    static <T> Inbox<T> of(GameClient client, String type, Class<T> model) {
        return new Inbox<>(client, type, model);
    }

    private synchronized void add(T message) {
        received.add(message);
        notifyAll();
    }

    /** The first message so far that matches, waiting for one if there is none yet. */
    T await(String what, Predicate<? super T> matching) {
        return await(what, PATIENCE, matching);
    }

    /** The first message so far that matches, waiting up to {@code patience} for one if there is none yet. */
    synchronized T await(String what, Duration patience, Predicate<? super T> matching) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            for (T message : received) {
                if (matching.test(message)) {
                    return message;
                }
            }
            waitUntil(deadline, what, patience);
        }
    }

    /** Waits until {@code count} messages match, and returns them in arrival order. */
    synchronized List<T> awaitCount(String what, int count, Predicate<? super T> matching) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            List<T> matches = matching(matching);
            if (matches.size() >= count) {
                return matches;
            }
            waitUntil(deadline, what + " (" + matches.size() + " of " + count + " so far)", PATIENCE);
        }
    }

    synchronized List<T> matching(Predicate<? super T> matching) {
        return received.stream().filter(matching).toList();
    }

    synchronized List<T> all() {
        return List.copyOf(received);
    }

    void stop() {
        registration.remove();
    }

    private void waitUntil(long deadline, String what, Duration patience) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new AssertionError("no " + type + " " + what + " within " + patience.toSeconds() + " s; got " + received);
        }
        try {
            wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + type + " " + what);
        }
    }
}
