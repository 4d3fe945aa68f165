package com.shardsofeternity.protocol;

/** Hard limits written into the protocol itself (the server's tunable limits are its configuration). */
public final class Limits {
    /** Largest WebSocket message, whole or assembled from fragments, and largest REST body. */
    public static final int MAX_MESSAGE_BYTES = 65_536;
    /** Longest client correlation {@code id}. */
    public static final int MAX_ID_LENGTH = 64;
    /** Chat content bounds in code points, after trimming. */
    public static final int MIN_CHAT_LENGTH = 1;
    public static final int MAX_CHAT_LENGTH = 500;
    /** Largest absolute coordinate accepted in a position or velocity. */
    public static final double MAX_COORDINATE = 1_000_000;

    private Limits() {
    }
}
