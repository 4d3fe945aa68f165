package com.shardsofeternity.protocol.model;

/** A point or a velocity in a location's local space. */
public record Position(Double x, Double y, Double z) {

    public static final Position ORIGIN = new Position(0.0, 0.0, 0.0);

    /** Whether all three coordinates are present, finite and within {@code ±limit}. */
    public boolean isWithin(double limit) {
        return inRange(x, limit) && inRange(y, limit) && inRange(z, limit);
    }

    /** Straight-line distance to {@code other}. */
    public double distanceTo(Position other) {
        double dx = x - other.x;
        double dy = y - other.y;
        double dz = z - other.z;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    private static boolean inRange(Double value, double limit) {
        return value != null && Double.isFinite(value) && Math.abs(value) <= limit;
    }
}
