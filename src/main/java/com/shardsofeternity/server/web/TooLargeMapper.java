package com.shardsofeternity.server.web;

import com.shardsofeternity.protocol.ErrorCode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A chunked body that ran past the limit while being read. */
@Provider
public class TooLargeMapper implements ExceptionMapper<BodySizeLimit.TooLarge> {

    @Override
    public Response toResponse(BodySizeLimit.TooLarge tooLarge) {
        return ErrorResponses.of(ErrorCode.MESSAGE_TOO_LARGE, "the request body is larger than 64 KiB");
    }
}
