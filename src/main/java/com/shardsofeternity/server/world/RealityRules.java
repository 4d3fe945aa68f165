package com.shardsofeternity.server.world;

/**
 * How the world's stability moves and which reality it is in:
 * <ul>
 * <li>every shard capture costs {@value #CAPTURE_COST} stability;</li>
 * <li>each world-clock tick with no capture in the last {@value #QUIET_MILLIS} ms restores
 *     {@value #RECOVERY_PER_TICK}, up to 100;</li>
 * <li>the reality follows the stability: 70 and above {@value #PRIME}, 40 and above
 *     {@value #FRACTURED}, 15 and above {@value #SHADOW}, below that {@value #VOID}.</li>
 * </ul>
 */
public final class RealityRules {

    public static final String PRIME = "Prime Reality";
    public static final String FRACTURED = "Fractured Reality";
    public static final String SHADOW = "Shadow Reality";
    public static final String VOID = "Void Reality";

    public static final double CAPTURE_COST = 10;
    public static final double RECOVERY_PER_TICK = 2;
    public static final long QUIET_MILLIS = 120_000;

    private RealityRules() {
    }

    public static String realityFor(double stability) {
        if (stability >= 70) {
            return PRIME;
        }
        if (stability >= 40) {
            return FRACTURED;
        }
        if (stability >= 15) {
            return SHADOW;
        }
        return VOID;
    }

    public static double afterCapture(double stability) {
        return clamp(stability - CAPTURE_COST);
    }

    /** Stability after one clock tick, given when the last capture happened (null: never). */
    public static double afterTick(double stability, Long lastCaptureAt, long now) {
        if (lastCaptureAt != null && now - lastCaptureAt < QUIET_MILLIS) {
            return stability;
        }
        return clamp(stability + RECOVERY_PER_TICK);
    }

    public static String shiftReason(double before, double after) {
        return after < before
                ? "shards changing hands tear at the fabric of the world"
                : "the world steadies while the shards rest";
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(100, value));
    }
}
