package com.shardsofeternity.protocol;

/** Every {@code error_code} of the protocol, REST and WebSocket alike. */
public enum ErrorCode {
    AUTH_REQUIRED,
    AUTH_FAILED,
    SESSION_EXPIRED,
    PROTOCOL_VERSION_MISMATCH,
    INVALID_MESSAGE,
    UNKNOWN_MESSAGE_TYPE,
    MESSAGE_TOO_LARGE,
    RATE_LIMITED,
    FORBIDDEN,
    NOT_FOUND,
    USERNAME_TAKEN,
    NAME_TAKEN,
    ALREADY_IN_PARTY,
    NO_CHARACTER_SELECTED,
    INVALID_MOVE,
    NOT_YOUR_TURN,
    INTERNAL_ERROR;

    /** Parses a wire code, or null when the peer sent one this build does not know. */
    public static ErrorCode fromWire(String code) {
        if (code == null) {
            return null;
        }
        try {
            return valueOf(code);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
