package com.shardsofeternity.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.protocol.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

/** Checks that an error answer is the protocol's JSON error body and gives nothing of the server away. */
public final class ErrorBodies {

    /** What a stack trace, a container page or a database error would show. */
    private static final List<String> INTERNALS = List.of(
            "Exception", "Caused by", "\tat ", ".java:", "<html", "<!DOCTYPE", "SQL", "jakarta.", "org.eclipse", "com.ibm");
    private static final List<String> ERROR_CODES = Arrays.stream(ErrorCode.values()).map(Enum::name).toList();

    private ErrorBodies() {
    }

    /** The error has this status and error code. */
    public static JsonObject assertError(HttpAnswer reply, int status, String errorCode) {
        JsonObject error = assertCleanError(reply, status);
        assertThat(error.getString("error_code")).as("error_code of %s", reply.body()).isEqualTo(errorCode);
        return error;
    }

    /** The error has this status and a well-formed body, whatever its code. */
    public static JsonObject assertCleanError(HttpAnswer reply, int status) {
        assertThat(reply.status()).as("status of %s", reply.body()).isEqualTo(status);
        return assertErrorShape(reply);
    }

    /** The answer is an error (4xx) of the protocol's shape; never a server failure. */
    public static JsonObject assertClientError(HttpAnswer reply) {
        assertThat(reply.status()).as("status of %s", reply.body()).isBetween(400, 499);
        return assertErrorShape(reply);
    }

    /** Whatever the status, the body holds no stack trace, container page or database message. */
    public static void assertNoInternals(HttpAnswer reply) {
        assertThat(reply.body()).as("body with status %d", reply.status()).doesNotContain(INTERNALS);
    }

    private static JsonObject assertErrorShape(HttpAnswer reply) {
        assertThat(reply.header("Content-Type")).as("Content-Type of %s", reply.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertNoInternals(reply);
        JsonObject error = Json.createReader(new StringReader(reply.body())).readObject();
        assertThat(error.get("error_code")).as("error_code of %s", reply.body())
                .isNotNull().extracting(JsonValue::getValueType).isEqualTo(JsonValue.ValueType.STRING);
        assertThat(error.get("error_message")).as("error_message of %s", reply.body())
                .isNotNull().extracting(JsonValue::getValueType).isEqualTo(JsonValue.ValueType.STRING);
        assertThat(error.getString("error_code")).isIn(ERROR_CODES);
        assertThat(error.getString("error_message")).isNotBlank();
        return error;
    }
}
