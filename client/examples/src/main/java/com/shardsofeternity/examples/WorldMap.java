package com.shardsofeternity.examples;

import com.shardsofeternity.protocol.model.LocationView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The world's locations and paths, as {@code GET /api/world/locations} describes them. */
final class WorldMap {

    private final Map<Long, LocationView> locations = new HashMap<>();

    WorldMap(List<LocationView> locations) {
        locations.forEach(location -> this.locations.put(location.id(), location));
    }

    String nameOf(long locationId) {
        LocationView location = locations.get(locationId);
        return location == null ? "location " + locationId : location.name();
    }

    /** The shortest walk from {@code from} to {@code to}, both included; empty when there is none. */
    List<Long> path(long from, long to) {
        Map<Long, Long> cameFrom = new HashMap<>(Map.of(from, from));
        Deque<Long> frontier = new ArrayDeque<>(List.of(from));
        while (!frontier.isEmpty() && !cameFrom.containsKey(to)) {
            LocationView here = locations.get(frontier.removeFirst());
            for (Long next : here == null ? List.<Long>of() : here.neighbors()) {
                if (cameFrom.putIfAbsent(next, here.id()) == null) {
                    frontier.addLast(next);
                }
            }
        }
        if (!cameFrom.containsKey(to)) {
            return List.of();
        }
        List<Long> path = new ArrayList<>();
        for (long step = to; step != from; step = cameFrom.get(step)) {
            path.add(step);
        }
        path.add(from);
        Collections.reverse(path);
        return path;
    }
}
