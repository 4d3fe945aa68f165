package com.shardsofeternity.client;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.message.ErrorMessage;
import com.shardsofeternity.protocol.model.ErrorBody;
import java.time.Duration;
import java.util.Optional;

/**
 * The master server refused a request, or could not be reached. It is unchecked because every call of
 * the library can meet it and a game usually handles it in one place; inside a {@code CompletableFuture}
 * it arrives as the cause of a {@code CompletionException}.
 *
 * <p>{@link #errorCode()} is the protocol's code, or null when the server sent one this build does not
 * know ({@link #rawErrorCode()} keeps it), or when there was no answer at all (the server was
 * unreachable or answered with something that is not the protocol's error body).
 */
public class MasterServerException extends RuntimeException {

    private final ErrorCode errorCode;
    private final String rawErrorCode;
    private final int httpStatus;
    private final Duration retryAfter;

    public MasterServerException(ErrorCode errorCode, String rawErrorCode, int httpStatus, String message,
                                 Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
        this.rawErrorCode = rawErrorCode;
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    /** A REST error answer; {@code body} may be null when the answer was not the protocol's error body. */
    public static MasterServerException fromRest(int status, ErrorBody body, Duration retryAfter) {
        String raw = body == null ? null : body.errorCode();
        String text = body == null || body.errorMessage() == null ? "HTTP " + status : body.errorMessage();
        return new MasterServerException(ErrorCode.fromWire(raw), raw, status, text, retryAfter, null);
    }

    /** An {@code error} message received over the WebSocket. */
    public static MasterServerException fromSocket(ErrorMessage error) {
        String text = error.errorMessage() == null ? error.errorCode() : error.errorMessage();
        return new MasterServerException(ErrorCode.fromWire(error.errorCode()), error.errorCode(), 0, text, null, null);
    }

    /** A failure on our side of the wire, with the protocol code that best describes it. */
    public static MasterServerException local(ErrorCode code, String message) {
        return new MasterServerException(code, code == null ? null : code.name(), 0, message, null, null);
    }

    /** The server could not be reached or the connection broke. */
    public static MasterServerException unreachable(String message, Throwable cause) {
        return new MasterServerException(null, null, 0, message, null, cause);
    }

    /** The protocol's error code, or null (see the class comment). */
    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The {@code error_code} exactly as the server sent it, or null. */
    public String rawErrorCode() {
        return rawErrorCode;
    }

    /** The HTTP status of a REST answer; 0 for WebSocket errors and for no answer at all. */
    public int httpStatus() {
        return httpStatus;
    }

    /** How long the server asked us to wait ({@code Retry-After}), when it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
