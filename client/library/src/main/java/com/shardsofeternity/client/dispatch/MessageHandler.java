package com.shardsofeternity.client.dispatch;

/**
 * Receives messages of the types it was registered for. It may throw: the exception goes to the
 * error handlers and the next handler still runs.
 */
@FunctionalInterface
public interface MessageHandler {

    void handle(IncomingMessage message) throws Exception;
}
