package com.shardsofeternity.protocol;

/**
 * Delivery priority of a server message. Under back-pressure the server drops or coalesces
 * {@link #LOW} first and never drops {@link #CRITICAL}.
 */
public enum Priority {
    CRITICAL, HIGH, NORMAL, LOW;

    /** The wire form: lower case. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
