package com.shardsofeternity.client.dispatch;

/** Undoes one registration of a handler or listener. Removing twice is harmless. */
@FunctionalInterface
public interface Registration extends AutoCloseable {

    void remove();

    /** Same as {@link #remove()}, so a registration can live in try-with-resources. */
    @Override
    default void close() {
        remove();
    }
}
