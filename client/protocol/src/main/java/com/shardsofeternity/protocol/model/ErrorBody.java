package com.shardsofeternity.protocol.model;

import com.shardsofeternity.protocol.ErrorCode;

/** The body of every REST error. */
public record ErrorBody(String errorCode, String errorMessage) {

    public static ErrorBody of(ErrorCode code, String message) {
        return new ErrorBody(code.name(), message);
    }
}
