package com.shardsofeternity.server.web;

import com.shardsofeternity.protocol.ErrorCode;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last line of defence: anything unexpected is logged with an incident id and answered with
 * {@code INTERNAL_ERROR} naming that id, never with a stack trace. Unreadable JSON is the client's
 * fault and answered {@code INVALID_MESSAGE}.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (isUnreadableBody(failure)) {
            return ErrorResponses.of(ErrorCode.INVALID_MESSAGE, "the request body is not valid JSON of the expected shape");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, failure);
        return ErrorResponses.of(ErrorCode.INTERNAL_ERROR, "the server failed unexpectedly (incident " + incident + ")");
    }

    private static boolean isUnreadableBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof jakarta.json.JsonException
                    || cause instanceof jakarta.json.stream.JsonParsingException) {
                return true;
            }
            if (cause instanceof ProcessingException && cause.getCause() == null) {
                return true;
            }
        }
        return false;
    }
}
