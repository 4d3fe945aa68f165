package com.shardsofeternity.server.it.client;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.protocol.model.LocationView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Shortest walks over the world map, read from {@code GET /api/world/locations}. */
final class Routes {

    private final Map<Long, List<Long>> neighbors = new HashMap<>();

    private Routes(List<LocationView> locations) {
        locations.forEach(location -> neighbors.put(location.id(), location.neighbors()));
    }

    static Routes of(GameClient client) {
        return new Routes(Await.result(client.getLocations()));
    }

    /** The locations from {@code from} to {@code to}, both included. */
    List<Long> path(long from, long to) {
        Map<Long, Long> cameFrom = new HashMap<>();
        Deque<Long> frontier = new ArrayDeque<>(List.of(from));
        cameFrom.put(from, from);
        while (!frontier.isEmpty() && !cameFrom.containsKey(to)) {
            long here = frontier.removeFirst();
            for (long next : neighbors.getOrDefault(here, List.of())) {
                if (cameFrom.putIfAbsent(next, here) == null) {
                    frontier.addLast(next);
                }
            }
        }
        if (!cameFrom.containsKey(to)) {
            throw new AssertionError("no path from " + from + " to " + to);
        }
        List<Long> path = new ArrayList<>();
        for (long step = to; step != from; step = cameFrom.get(step)) {
            path.add(step);
        }
        path.add(from);
        Collections.reverse(path);
        return path;
    }

    /** Walks {@code client}'s character from {@code from} to {@code to}, one acknowledged move at a time. */
    void walk(GameClient client, long from, long to) {
        List<Long> path = path(from, to);
        for (int i = 1; i < path.size(); i++) {
            Await.result(client.sendMove(path.get(i - 1), path.get(i)));
        }
    }
}
