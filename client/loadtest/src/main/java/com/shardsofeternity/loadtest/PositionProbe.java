package com.shardsofeternity.loadtest;

import com.shardsofeternity.protocol.model.Position;

/**
 * The measurement carried in a {@code location_update}'s velocity, which the server relays as it is:
 * {@code x} the sender's update number, {@code y} the send time in milliseconds since the load test
 * started, {@code z} the phase. The position itself stays at the origin, so the speed check never
 * refuses an update however closely two of them arrive.
 */
final class PositionProbe {

    private static final String TYPE = "\"type\":\"location_update\"";
    private static final String NEXT_MESSAGE = "{\"seq\":";

    /** Receives each relayed update found in a frame. */
    interface Visitor {
        void update(long characterId, int phase, long number, double sentMillis);
    }

    private PositionProbe() {
    }

    static Position velocity(long number, double sentMillis, int phase) {
        return new Position((double) number, sentMillis, (double) phase);
    }

    /** Calls {@code visitor} for every {@code location_update} in the frame; returns how many. */
    static int scan(String frame, Visitor visitor) {
        int found = 0;
        int at = frame.indexOf(TYPE);
        while (at >= 0) {
            int end = frame.indexOf(NEXT_MESSAGE, at);
            if (end < 0) {
                end = frame.length();
            }
            int character = field(frame, "\"character_id\":", at, end);
            int velocity = frame.indexOf("\"velocity\":{", at);
            if (character >= 0 && velocity >= 0 && velocity < end) {
                int x = field(frame, "\"x\":", velocity, end);
                int y = field(frame, "\"y\":", velocity, end);
                int z = field(frame, "\"z\":", velocity, end);
                if (x >= 0 && y >= 0 && z >= 0) {
                    visitor.update((long) number(frame, character), (int) number(frame, z),
                            (long) number(frame, x), number(frame, y));
                    found++;
                }
            }
            at = frame.indexOf(TYPE, end);
        }
        return found;
    }

    private static int field(String frame, String name, int from, int end) {
        int at = frame.indexOf(name, from);
        return at < 0 || at >= end ? -1 : at + name.length();
    }

    private static double number(String frame, int start) {
        int end = start;
        while (end < frame.length()) {
            char c = frame.charAt(end);
            if (c == ',' || c == '}' || c == ']') {
                break;
            }
            end++;
        }
        return Double.parseDouble(frame.substring(start, end));
    }
}
