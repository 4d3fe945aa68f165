package com.shardsofeternity.server.web;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.server.auth.BearerTokenMechanism;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The JAX-RS runtime's own refusals (unknown path, wrong method or media type, unreadable body, a role
 * check) answered with the protocol's JSON error body instead of the container's page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException failure) {
        int status = failure.getResponse() == null ? 500 : failure.getResponse().getStatus();
        if (failure instanceof NotAuthorizedException
                || (failure instanceof ForbiddenException && request.getUserPrincipal() == null)) {
            return unauthenticated();
        }
        Response answer = switch (status) {
            case 400 -> ErrorResponses.of(400, ErrorCode.INVALID_MESSAGE, "the request body is not valid JSON of the expected shape");
            case 403 -> ErrorResponses.of(403, ErrorCode.FORBIDDEN, "this needs a role the session does not have");
            case 404 -> ErrorResponses.of(404, ErrorCode.NOT_FOUND, "no such resource");
            case 405 -> ErrorResponses.of(405, ErrorCode.INVALID_MESSAGE, "this method is not allowed on this resource");
            case 406 -> ErrorResponses.of(406, ErrorCode.INVALID_MESSAGE, "the API answers application/json only");
            case 413 -> ErrorResponses.of(413, ErrorCode.MESSAGE_TOO_LARGE, "the request body is larger than 64 KiB");
            case 415 -> ErrorResponses.of(415, ErrorCode.INVALID_MESSAGE, "send the body as application/json");
            default -> status >= 500
                    ? ErrorResponses.of(500, ErrorCode.INTERNAL_ERROR, "the server could not complete the request")
                    : ErrorResponses.of(status, ErrorCode.INVALID_MESSAGE, "the request was refused");
        };
        if (failure instanceof NotAllowedException && failure.getResponse() != null) {
            String allow = failure.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                answer = Response.fromResponse(answer).header(HttpHeaders.ALLOW, allow).build();
            }
        }
        return answer;
    }

    private Response unauthenticated() {
        Object reason = request.getAttribute(BearerTokenMechanism.FAILURE_ATTRIBUTE);
        if (reason == ErrorCode.SESSION_EXPIRED) {
            return ErrorResponses.of(ErrorCode.SESSION_EXPIRED, "the session has expired or was logged out; log in again");
        }
        return ErrorResponses.of(ErrorCode.AUTH_REQUIRED, "send Authorization: Bearer <token> from /api/auth/login");
    }
}
