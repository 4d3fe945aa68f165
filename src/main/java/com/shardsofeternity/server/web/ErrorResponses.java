package com.shardsofeternity.server.web;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.model.ErrorBody;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the protocol's JSON error answers and knows which HTTP status each error code has. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static int statusOf(ErrorCode code) {
        return switch (code) {
            case AUTH_REQUIRED, AUTH_FAILED, SESSION_EXPIRED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case USERNAME_TAKEN, NAME_TAKEN, ALREADY_IN_PARTY, NO_CHARACTER_SELECTED, NOT_YOUR_TURN -> 409;
            case MESSAGE_TOO_LARGE -> 413;
            case RATE_LIMITED -> 429;
            case INTERNAL_ERROR -> 500;
            case PROTOCOL_VERSION_MISMATCH, INVALID_MESSAGE, UNKNOWN_MESSAGE_TYPE, INVALID_MOVE -> 400;
        };
    }

    public static Response of(ErrorCode code, String message) {
        return of(statusOf(code), code, message);
    }

    public static Response of(int status, ErrorCode code, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(code, message))
                .build();
    }
}
