package com.shardsofeternity.client.rest;

import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.ProtocolException;
import com.shardsofeternity.protocol.model.ErrorBody;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.LongSupplier;

/** Turns HTTP answers into protocol records or {@link MasterServerException}s. */
final class RestCall {

    private final MessageCodec codec;
    private final LongSupplier clock;

    RestCall(MessageCodec codec, LongSupplier clock) {
        this.codec = codec;
        this.clock = clock;
    }

    /** The body bound to {@code model} on a 2xx answer; null for {@code Void}. */
    <T> T read(HttpResponse<String> response, Class<T> model) {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw error(status, response.body(), response.headers());
        }
        if (model == Void.class) {
            return null;
        }
        try {
            return codec.fromJson(response.body(), model);
        } catch (ProtocolException unreadable) {
            throw MasterServerException.local(unreadable.errorCode(),
                    "the server's answer (HTTP " + status + ") is not the expected JSON");
        }
    }

    MasterServerException error(int status, String body, HttpHeaders headers) {
        ErrorBody errorBody = null;
        if (body != null && body.startsWith("{")) {
            try {
                errorBody = codec.fromJson(body, ErrorBody.class);
            } catch (ProtocolException notTheErrorBody) {
                errorBody = null;
            }
        }
        return MasterServerException.fromRest(status, errorBody, retryAfter(headers).orElse(null));
    }

    /** {@code Retry-After} as seconds or as an HTTP date; absent or unreadable gives empty. */
    Optional<Duration> retryAfter(HttpHeaders headers) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::trim);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.get()))));
        } catch (NumberFormatException notSeconds) {
            try {
                long at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
                return Optional.of(Duration.ofMillis(Math.max(0, at - clock.getAsLong())));
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }
}
