package com.shardsofeternity.server.web;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.server.GameException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service's refusal becomes its status and the JSON error body ({@code Retry-After} when rate limited). */
@Provider
public class GameExceptionMapper implements ExceptionMapper<GameException> {

    @Override
    public Response toResponse(GameException refusal) {
        Response response = ErrorResponses.of(refusal.errorCode(), refusal.getMessage());
        if (refusal.errorCode() == ErrorCode.RATE_LIMITED && refusal.retryAfterSeconds() > 0) {
            return Response.fromResponse(response).header("Retry-After", refusal.retryAfterSeconds()).build();
        }
        return response;
    }
}
