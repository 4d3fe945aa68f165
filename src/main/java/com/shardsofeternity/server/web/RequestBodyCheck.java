package com.shardsofeternity.server.web;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.Limits;
import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads every request body before the API sees it. One over 64 KiB is refused with
 * {@code 413 MESSAGE_TOO_LARGE}, at once when its length is declared and after reading at most one
 * byte past the limit when it is chunked, so an endless body never fills the heap. A JSON body must be
 * exactly one JSON object in UTF-8, else {@code 400 INVALID_MESSAGE}: the JSON binding would otherwise
 * take the first object of {@code {...} garbage} or of {@code [{...}]} and ignore the rest.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestBodyCheck implements ContainerRequestFilter {

    private static final String TOO_LARGE = "the request body is larger than 64 KiB";

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > Limits.MAX_MESSAGE_BYTES) {
            request.abortWith(ErrorResponses.of(ErrorCode.MESSAGE_TOO_LARGE, TOO_LARGE));
            return;
        }
        if (!request.hasEntity()) {
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(Limits.MAX_MESSAGE_BYTES + 1);
        if (body.length > Limits.MAX_MESSAGE_BYTES) {
            request.abortWith(ErrorResponses.of(ErrorCode.MESSAGE_TOO_LARGE, TOO_LARGE));
            return;
        }
        if (isJson(request.getMediaType()) && !isOneJsonObject(body)) {
            request.abortWith(ErrorResponses.of(ErrorCode.INVALID_MESSAGE, "the request body must be one JSON object in UTF-8"));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static boolean isJson(MediaType type) {
        return type != null && type.getType().equalsIgnoreCase("application")
                && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    /** Blank bodies pass: the resource decides whether it needs one. */
    private static boolean isOneJsonObject(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
        if (text.isBlank()) {
            return true;
        }
        // Walked event by event: the parser's skipObject() never returns on a body cut short.
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                return false;
            }
            int depth = 1;
            while (depth > 0) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> { }
                }
            }
            return !parser.hasNext();
        } catch (RuntimeException malformed) {
            // JsonParsingException, NoSuchElementException at the end, or Parsson's bare RuntimeException
            // for nesting deeper than it allows.
            return false;
        }
    }
}
