package com.shardsofeternity.protocol;

/** WebSocket close codes used by the protocol. */
public final class CloseCodes {
    public static final int NORMAL = 1000;
    public static final int IDLE = 1001;
    public static final int POLICY = 1008;
    public static final int TOO_LARGE = 1009;
    public static final int AUTHENTICATION = 4001;
    public static final int PROTOCOL_VERSION = 4002;
    public static final int KICKED = 4003;
    public static final int REPLACED = 4004;

    private CloseCodes() {
    }

    /** Whether a close with this code means the session is gone for good and reconnecting is pointless. */
    public static boolean isFinal(int code) {
        return code == AUTHENTICATION || code == PROTOCOL_VERSION || code == KICKED || code == REPLACED;
    }
}
