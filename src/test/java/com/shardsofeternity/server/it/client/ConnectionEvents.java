package com.shardsofeternity.server.it.client;

import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.client.realtime.ConnectionListener;
import com.shardsofeternity.client.realtime.ConnectionState;
import com.shardsofeternity.client.realtime.ResyncSnapshot;
import com.shardsofeternity.client.realtime.SessionEnd;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** What a client's connection listeners heard, with waits for what has not happened yet. */
final class ConnectionEvents implements ConnectionListener {

    private final List<ConnectionState> states = new ArrayList<>();
    private SessionEnd end;
    private ResyncSnapshot resync;

    static ConnectionEvents of(GameClient client) {
        ConnectionEvents events = new ConnectionEvents();
        client.addConnectionListener(events);
        return events;
    }

    @Override
    public synchronized void onStateChanged(ConnectionState previous, ConnectionState current) {
        states.add(current);
        notifyAll();
    }

    @Override
    public synchronized void onSessionEnded(SessionEnd ended) {
        end = ended;
        notifyAll();
    }

    @Override
    public synchronized void onResync(ResyncSnapshot snapshot) {
        resync = snapshot;
        notifyAll();
    }

    synchronized SessionEnd awaitSessionEnd() {
        return awaitValue("the session to end", () -> Optional.ofNullable(end));
    }

    synchronized ResyncSnapshot awaitResync() {
        return awaitValue("a resync", () -> Optional.ofNullable(resync));
    }

    /** Waits until the state has been {@code state} {@code times} times since this listener was added. */
    synchronized void awaitState(ConnectionState state, int times) {
        awaitValue("state " + state + " " + times + " times",
                () -> states.stream().filter(state::equals).count() >= times ? Optional.of(state) : Optional.empty());
    }

    synchronized List<ConnectionState> states() {
        return List.copyOf(states);
    }

    private <T> T awaitValue(String what, Supplier<Optional<T>> value) {
        long deadline = System.nanoTime() + Inbox.PATIENCE.toNanos();
        for (Optional<T> current = value.get(); ; current = value.get()) {
            if (current.isPresent()) {
                return current.get();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for " + what + "; states so far " + states);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }
}
