package com.shardsofeternity.server.realtime;

import java.util.function.Consumer;

/** Where an {@link OutboundQueue} writes: a socket, or a test's recorder. */
public interface FrameSink {

    /** Sends one text frame without blocking; {@code done} gets null on success or the failure. */
    void sendAsync(String text, Consumer<Throwable> done);
}
