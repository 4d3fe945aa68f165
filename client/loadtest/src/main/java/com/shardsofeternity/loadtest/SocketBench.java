package com.shardsofeternity.loadtest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The sockets of a chat or position run and everything they hear: frames go to the current
 * {@link Traffic} (none while setting up), replies to a waiting {@link Travel}, and every {@code error}
 * the server sends is counted by code.
 */
final class SocketBench implements GameConnection.FrameListener, AutoCloseable {

    private final Options options;
    private final Api api;
    private final Fleet fleet;
    private final Map<String, LongAdder> errorsByCode = new ConcurrentHashMap<>();
    private final LongAdder frames = new LongAdder();
    private final Map<Integer, Travel.Waiting> waiting = new ConcurrentHashMap<>();
    private volatile Traffic traffic;
    private List<GameConnection> connections = List.of();
    private List<Player> players = List.of();

    SocketBench(Options options, Api api) {
        this.options = options;
        this.api = api;
        this.fleet = new Fleet(options.socketUri(), options.ioThreads());
    }

    /** Logs {@code clients} players in with selected characters and connects them. */
    void connect(Roster roster, int clients) {
        players = roster.ready(clients, true);
        connections = fleet.connect(players, this, options.connectConcurrency());
    }

    /** Walks every player to its location among the first {@code locations} of the map, round-robin. */
    void spreadOver(int locations) {
        players = new Travel(api, this).spread(players, connections, locations);
    }

    /** From now on, frames are accounted by the traffic that {@code build} makes for the connected players. */
    Traffic measure(Function<List<Player>, Traffic> build) {
        Traffic made = build.apply(players);
        traffic = made;
        return made;
    }

    List<GameConnection> connections() {
        return connections;
    }

    List<Player> players() {
        return players;
    }

    Fleet fleet() {
        return fleet;
    }

    long frames() {
        return frames.sum();
    }

    void await(int slot, Travel.Waiting reply) {
        waiting.put(slot, reply);
    }

    void stopAwaiting(int slot) {
        waiting.remove(slot);
    }

    /** Errors the server sent, by code. */
    Map<String, Long> errors() {
        Map<String, Long> counts = new TreeMap<>();
        errorsByCode.forEach((code, count) -> counts.put(code, count.sum()));
        return counts;
    }

    @Override
    public void onFrame(GameConnection connection, String frame, long receivedNanos) {
        frames.increment();
        int slot = connection.player().index();
        Travel.Waiting reply = waiting.get(slot);
        if (reply != null) {
            reply.check(frame);
        }
        if (frame.contains("\"type\":\"error\"")) {
            errorsByCode.computeIfAbsent(Wire.firstErrorCode(frame), code -> new LongAdder()).add(Wire.errorCount(frame));
        }
        Traffic current = traffic;
        if (current != null) {
            current.received(slot, frame, receivedNanos);
        }
    }

    @Override
    public void close() {
        fleet.close();
    }
}
