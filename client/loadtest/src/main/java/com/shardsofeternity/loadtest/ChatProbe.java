package com.shardsofeternity.loadtest;

/**
 * The measurement carried in a chat message's content: {@code lt|phase|sender|number|sentNanos}.
 * Digits and {@code |} pass the server's trimming and HTML escaping unchanged.
 */
final class ChatProbe {

    private static final String MARKER = "\"content\":\"lt|";

    /** Receives each probe found in a frame. */
    interface Visitor {
        void probe(int phase, int sender, long number, long sentNanos);
    }

    private ChatProbe() {
    }

    static String content(int phase, int sender, long number, long sentNanos) {
        return "lt|" + phase + '|' + sender + '|' + number + '|' + sentNanos;
    }

    /** Calls {@code visitor} for every probe in the frame (a single message or a batch); returns how many. */
    static int scan(String frame, Visitor visitor) {
        int found = 0;
        int at = frame.indexOf(MARKER);
        while (at >= 0) {
            int cursor = at + MARKER.length();
            long[] fields = new long[4];
            int field = 0;
            long value = 0;
            boolean valid = true;
            while (cursor < frame.length()) {
                char c = frame.charAt(cursor++);
                if (c >= '0' && c <= '9') {
                    value = value * 10 + (c - '0');
                } else if ((c == '|' || c == '"') && field < 4) {
                    fields[field++] = value;
                    value = 0;
                    if (c == '"') {
                        break;
                    }
                } else {
                    valid = false;
                    break;
                }
            }
            if (valid && field == 4) {
                visitor.probe((int) fields[0], (int) fields[1], fields[2], fields[3]);
                found++;
            }
            at = frame.indexOf(MARKER, cursor);
        }
        return found;
    }
}
