package com.shardsofeternity.loadtest;

import com.shardsofeternity.protocol.model.LocationView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Walks characters across the map with {@code move}, one neighbor at a time along a shortest path,
 * waiting for each move's {@code ack}. Characters keep their location between runs, so a later run
 * walks only those that are not where they should be.
 */
final class Travel {

    /** A move waiting for its {@code ack} or {@code error}. */
    static final class Waiting {
        private final String id;
        private final CompletableFuture<Void> answered = new CompletableFuture<>();

        Waiting(String id) {
            this.id = id;
        }

        void check(String frame) {
            if (Wire.isAckOf(frame, id)) {
                answered.complete(null);
            } else if (Wire.isErrorFor(frame, id)) {
                answered.completeExceptionally(new IllegalStateException("move refused: " + frame));
            }
        }
    }

    private final Api api;
    private final SocketBench bench;
    private final AtomicInteger moves = new AtomicInteger();

    Travel(Api api, SocketBench bench) {
        this.api = api;
        this.bench = bench;
    }

    /** The players, each now in location {@code ids[index % locations]} of the map's ids in order. */
    List<Player> spread(List<Player> players, List<GameConnection> connections, int locations) {
        List<LocationView> map = new ArrayList<>(api.locations());
        map.sort(Comparator.comparing(LocationView::id));
        if (locations > map.size()) {
            throw new IllegalArgumentException("--locations " + locations + ": the world has " + map.size() + " locations");
        }
        Map<Long, List<Long>> neighbors = new HashMap<>();
        for (LocationView location : map) {
            neighbors.put(location.id(), location.neighbors());
        }
        ExecutorService walkers = Executors.newFixedThreadPool(16);
        try {
            List<Future<Player>> walked = new ArrayList<>();
            for (int i = 0; i < players.size(); i++) {
                Player player = players.get(i);
                GameConnection connection = connections.get(i);
                long target = map.get(player.index() % locations).id();
                walked.add(walkers.submit(() -> walk(player, connection, pathBetween(neighbors, player.locationId(), target))));
            }
            List<Player> placed = new ArrayList<>();
            for (Future<Player> future : walked) {
                placed.add(future.get());
            }
            if (moves.get() > 0) {
                Console.note("walked characters to their locations: " + moves.get() + " moves");
            }
            return placed;
        } catch (Exception failed) {
            throw new IllegalStateException("could not place the characters: " + failed.getMessage(), failed);
        } finally {
            walkers.shutdownNow();
        }
    }

    private Player walk(Player player, GameConnection connection, List<Long> path) throws Exception {
        Player current = player;
        for (int step = 1; step < path.size(); step++) {
            long from = path.get(step - 1);
            long to = path.get(step);
            Waiting reply = new Waiting("mv" + moves.incrementAndGet());
            bench.await(player.index(), reply);
            connection.send(Wire.move(reply.id, from, to));
            reply.answered.get(30, TimeUnit.SECONDS);
            bench.stopAwaiting(player.index());
            current = current.at(to);
        }
        return current;
    }

    static List<Long> pathBetween(Map<Long, List<Long>> neighbors, long from, long to) {
        Map<Long, Long> cameFrom = new HashMap<>();
        ArrayDeque<Long> frontier = new ArrayDeque<>();
        frontier.add(from);
        cameFrom.put(from, from);
        while (!frontier.isEmpty()) {
            long here = frontier.poll();
            if (here == to) {
                break;
            }
            for (Long next : neighbors.getOrDefault(here, List.of())) {
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, here);
                    frontier.add(next);
                }
            }
        }
        if (!cameFrom.containsKey(to)) {
            throw new IllegalStateException("no path from location " + from + " to " + to);
        }
        LinkedList<Long> path = new LinkedList<>();
        for (long at = to; at != from; at = cameFrom.get(at)) {
            path.addFirst(at);
        }
        path.addFirst(from);
        return path;
    }
}
