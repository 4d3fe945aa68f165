package com.shardsofeternity.server.movement;

import com.shardsofeternity.protocol.model.Position;

/**
 * The anti-cheat rule for positions: a step may cover at most max speed × (1 + tolerance) × the time
 * since the last position the server accepted or set.
 */
public final class SpeedCheck {

    private final double maxSpeed;
    private final double tolerance;

    public SpeedCheck(double maxSpeed, double tolerance) {
        this.maxSpeed = maxSpeed;
        this.tolerance = tolerance;
    }

    public boolean allows(Position from, Position to, long elapsedMillis) {
        double allowed = maxSpeed * (1 + tolerance) * Math.max(0, elapsedMillis) / 1000.0;
        return from.distanceTo(to) <= allowed + 1e-9;
    }
}
