package com.shardsofeternity.client.dispatch;

/**
 * Hears what no request future can report: server {@code error} messages without a pending
 * {@code reply_to}, frames that cannot be read, and exceptions thrown by handlers.
 */
@FunctionalInterface
public interface ErrorHandler {

    /**
     * @param error   a {@code MasterServerException} for server errors and unreadable frames, or
     *                whatever a handler threw
     * @param message the message being handled or the server's {@code error} message; null when the
     *                frame could not be read at all
     */
    void onError(Throwable error, IncomingMessage message);
}
