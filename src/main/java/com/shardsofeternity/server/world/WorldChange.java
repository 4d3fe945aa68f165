package com.shardsofeternity.server.world;

import com.shardsofeternity.protocol.model.ShardView;

/** What a capture or a clock tick did to the world, for the broadcasts that follow it. */
public record WorldChange(
        ShardView captured,
        String capturedByName,
        long capturedById,
        String previousReality,
        String newReality,
        double previousStability,
        double newStability) {

    public boolean stabilityChanged() {
        return previousStability != newStability;
    }

    public boolean realityShifted() {
        return !previousReality.equals(newReality);
    }
}
