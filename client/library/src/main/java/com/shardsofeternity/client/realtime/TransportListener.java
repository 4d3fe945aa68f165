package com.shardsofeternity.client.realtime;

/**
 * Hears one connection. Called on the transport's I/O threads, so implementations only hand the
 * event on and return.
 */
public interface TransportListener {

    void onText(String text);

    /** The connection is gone, cleanly or not; {@code code} 1006 when no close frame arrived. */
    void onClosed(int code, String reason);
}
