package com.shardsofeternity.protocol.message;

import com.shardsofeternity.protocol.ErrorCode;

/** The {@code error} message; {@code replyTo} is set when it answers a client message with an id. */
public record ErrorMessage(String errorCode, String errorMessage, String replyTo) {

    public static ErrorMessage of(ErrorCode code, String message, String replyTo) {
        return new ErrorMessage(code.name(), message, replyTo);
    }
}
