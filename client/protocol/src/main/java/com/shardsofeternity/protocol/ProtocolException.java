package com.shardsofeternity.protocol;

/**
 * A message that cannot be understood. {@code replyTo} is the message's valid {@code id}, when it had
 * one, so that the error can name the message it answers.
 */
public final class ProtocolException extends Exception {

    private final ErrorCode errorCode;
    private final String replyTo;

    public ProtocolException(ErrorCode errorCode, String message, String replyTo) {
        super(message, null, false, false);
        this.errorCode = errorCode;
        this.replyTo = replyTo;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public String replyTo() {
        return replyTo;
    }
}
