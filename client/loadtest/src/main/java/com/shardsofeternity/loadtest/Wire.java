package com.shardsofeternity.loadtest;

import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.ProtocolVersion;
import com.shardsofeternity.protocol.message.AuthRequest;
import com.shardsofeternity.protocol.message.Chat;
import com.shardsofeternity.protocol.message.LocationUpdate;
import com.shardsofeternity.protocol.message.Move;
import com.shardsofeternity.protocol.model.Position;

/**
 * Client messages, encoded with the shared protocol model, and the few facts the load test reads from
 * server frames. Received frames are scanned for markers rather than parsed: at a hundred thousand
 * deliveries a second, a full JSON parse would make the generator the bottleneck.
 */
final class Wire {

    private static final MessageCodec CODEC = new MessageCodec(MessageTypes.standard());
    private static final String PING = "\"type\":\"ping\"";
    private static final String ERROR = "\"type\":\"error\"";

    private Wire() {
    }

    static String authRequest(String token) {
        return CODEC.encodeClient(MessageTypes.AUTH_REQUEST, null, new AuthRequest(token, ProtocolVersion.CURRENT, null));
    }

    /**
     * A {@code chat} on the global channel, written directly: the same text the codec produces for
     * {@link Chat#send}, without a JSON-B round per message on the sending thread. {@code content} must
     * need no JSON escaping (the probes are digits and {@code |}).
     */
    static String globalChat(String content) {
        return "{\"type\":\"" + MessageTypes.CHAT + "\",\"channel\":\"global\",\"content\":\"" + content + "\"}";
    }

    /** A {@code location_update} ({@link LocationUpdate#send}), written directly like {@link #globalChat}. */
    static String locationUpdate(Position position, Position velocity) {
        return new StringBuilder(160).append("{\"type\":\"").append(MessageTypes.LOCATION_UPDATE)
                .append("\",\"position\":").append(vector(position))
                .append(",\"velocity\":").append(vector(velocity)).append('}').toString();
    }

    private static String vector(Position p) {
        return "{\"x\":" + p.x() + ",\"y\":" + p.y() + ",\"z\":" + p.z() + "}";
    }

    static String move(String id, long from, long to) {
        return CODEC.encodeClient(MessageTypes.MOVE, id, new Move(from, to));
    }

    static boolean isSuccessfulAuthResponse(String frame) {
        return frame.contains("\"type\":\"auth_response\"") && frame.contains("\"success\":true");
    }

    static boolean isAckOf(String frame, String id) {
        return frame.contains("\"type\":\"ack\"") && frame.contains("\"reply_to\":\"" + id + "\"");
    }

    static boolean isErrorFor(String frame, String id) {
        return frame.contains(ERROR) && frame.contains("\"reply_to\":\"" + id + "\"");
    }

    /** The {@code pong} answering a {@code ping} in the frame, or null when there is none. */
    static String pongFor(String frame) {
        int ping = frame.indexOf(PING);
        if (ping < 0) {
            return null;
        }
        int nonce = frame.indexOf("\"nonce\":", ping);
        if (nonce < 0) {
            return "{\"type\":\"pong\"}";
        }
        int start = nonce + "\"nonce\":".length();
        int end = start;
        while (end < frame.length() && frame.charAt(end) != ',' && frame.charAt(end) != '}') {
            end++;
        }
        return "{\"type\":\"pong\",\"nonce\":" + frame.substring(start, end) + "}";
    }

    /** How many {@code error} messages the frame holds. */
    static int errorCount(String frame) {
        int count = 0;
        for (int at = frame.indexOf(ERROR); at >= 0; at = frame.indexOf(ERROR, at + ERROR.length())) {
            count++;
        }
        return count;
    }

    /** The {@code error_code} of the first error in the frame, or null. */
    static String firstErrorCode(String frame) {
        int error = frame.indexOf(ERROR);
        if (error < 0) {
            return null;
        }
        int code = frame.indexOf("\"error_code\":\"", error);
        if (code < 0) {
            return "?";
        }
        int start = code + "\"error_code\":\"".length();
        int end = frame.indexOf('"', start);
        return end < 0 ? "?" : frame.substring(start, end);
    }
}
