package com.shardsofeternity.server;

import com.shardsofeternity.protocol.ErrorCode;

/**
 * A refusal the player should hear about: a protocol error code and a message safe to show. Services
 * throw it; the REST layer turns it into a status and the JSON error body, the socket layer into an
 * {@code error} message.
 */
public class GameException extends RuntimeException {

    private final ErrorCode errorCode;
    private final long retryAfterSeconds;
    private transient Runnable afterReply;

    public GameException(ErrorCode errorCode, String message) {
        this(errorCode, message, 0);
    }

    public GameException(ErrorCode errorCode, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.errorCode = errorCode;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** For {@code RATE_LIMITED}: how long until trying again makes sense; 0 when unknown. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Something to send after the error itself (the server's position after a refused step, say). */
    public GameException thenSend(Runnable followUp) {
        this.afterReply = followUp;
        return this;
    }

    public Runnable afterReply() {
        return afterReply;
    }

    public static GameException notFound(String message) {
        return new GameException(ErrorCode.NOT_FOUND, message);
    }

    public static GameException forbidden(String message) {
        return new GameException(ErrorCode.FORBIDDEN, message);
    }

    public static GameException invalid(String message) {
        return new GameException(ErrorCode.INVALID_MESSAGE, message);
    }
}
