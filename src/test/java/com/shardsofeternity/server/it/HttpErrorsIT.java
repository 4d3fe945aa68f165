package com.shardsofeternity.server.it;

import static com.shardsofeternity.server.it.ErrorBodies.assertCleanError;
import static com.shardsofeternity.server.it.ErrorBodies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the REST API refuses what it cannot serve: unknown paths, wrong methods and media types,
 * malformed or oversized bodies. Every refusal is the protocol's JSON error body.
 */
@ExtendWith(ServerReady.class)
class HttpErrorsIT {

    private static final List<String> JSON_ENDPOINTS = List.of(
            "/api/auth/register", "/api/auth/login", "/api/characters", "/api/characters/select");
    private static final int LIMIT = 64 * 1024;

    private static Api.Player player;
    private static String token;

    @BeforeAll
    static void logIn() {
        player = Api.newPlayer("Crimson Covenant");
        token = player.token();
    }

    /**
     * A body the endpoint would accept, so that a refusal of its altered forms is about the alteration
     * alone.
     */
    private static String acceptedBody(String path) {
        return switch (path) {
            case "/api/auth/register" -> Api.json("username", Api.uniqueName("body_"), "password", Api.PASSWORD);
            case "/api/auth/login" -> Api.json("username", player.username(), "password", Api.PASSWORD, "protocol_version", "1.0");
            case "/api/characters" -> Api.json("name", Api.uniqueName("Body "), "faction", "Crimson Covenant");
            case "/api/characters/select" -> Api.json("character_id", player.characterId());
            default -> throw new IllegalArgumentException(path);
        };
    }

    @ParameterizedTest
    @MethodSource("jsonEndpoints")
    void theAcceptedBodiesAreAccepted(String path) {
        Api.Reply reply = Api.post(path, tokenFor(path), acceptedBody(path));

        assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
    }

    /** The protected endpoints get a live token, so that what is judged is the body alone. */
    private static String tokenFor(String path) {
        return path.startsWith("/api/characters") ? token : null;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/nope", "/api/world/nope", "/api/world/locations/1/players/extra", "/api/characters/1",
            "/api/auth", "/api/", "/api"})
    void unknownPathsUnderTheApiAreJsonNotFound(String path) {
        assertError(Api.get(path, token), 404, "NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nope", "/no-such-page.html", "/api-docs", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF",
            "/world-seed.json", "/error-page/deeper"})
    void unknownPathsOutsideTheApiAreJsonNotFound(String path) {
        assertError(Api.get(path, null), 404, "NOT_FOUND");
    }

    @Test
    void aPostToAnUnknownPathIsJsonNotFound() {
        assertError(Api.post("/api/nope", token, "{}"), 404, "NOT_FOUND");
        assertError(Api.post("/nope", null, "{}"), 404, "NOT_FOUND");
    }

    static Stream<Arguments> wrongMethods() {
        return Stream.of(
                Arguments.of("GET", "/api/auth/register"),
                Arguments.of("GET", "/api/auth/login"),
                Arguments.of("GET", "/api/auth/logout"),
                Arguments.of("PUT", "/api/characters"),
                Arguments.of("DELETE", "/api/characters"),
                Arguments.of("GET", "/api/characters/select"),
                Arguments.of("POST", "/api/world/state"),
                Arguments.of("DELETE", "/api/world/shards"),
                Arguments.of("PUT", "/api/world/locations"),
                Arguments.of("POST", "/api/world/factions"),
                Arguments.of("PATCH", "/api/world/locations/1/players"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wrongMethods")
    void aWrongMethodIs405WithAJsonBodyAndTheAllowedMethods(String method, String path) {
        String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";

        Api.Reply reply = Api.send(method, path, token, body);

        assertCleanError(reply, 405);
        assertThat(reply.header("Allow")).as("Allow of %s %s", method, path).isPresent();
    }

    static Stream<Arguments> wrongMediaTypes() {
        return JSON_ENDPOINTS.stream().flatMap(path -> Stream.of("text/plain", "application/xml",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x").map(type -> Arguments.of(path, type)));
    }

    @ParameterizedTest(name = "{1} to {0}")
    @MethodSource("wrongMediaTypes")
    void aBodyThatIsNotJsonIs415WithAJsonBody(String path, String contentType) {
        Api.Reply reply = Api.send("POST", path, tokenFor(path), "{}", "Content-Type", contentType);

        assertCleanError(reply, 415);
    }

    @ParameterizedTest
    @MethodSource("jsonEndpoints")
    void aBodyWithoutContentTypeIs415(String path) {
        RawHttp.Response reply = RawHttp.exchange(null, "POST", path,
                tokenFor(path) == null ? Map.of() : Map.of("Authorization", "Bearer " + token),
                "{}".getBytes(StandardCharsets.UTF_8), false);

        assertCleanError(reply, 415);
    }

    static Stream<String> jsonEndpoints() {
        return JSON_ENDPOINTS.stream();
    }

    static Stream<Arguments> malformations() {
        return Stream.of(
                Arguments.of("empty", (UnaryOperator<String>) body -> ""),
                Arguments.of("blank", (UnaryOperator<String>) body -> "  \r\n "),
                Arguments.of("not JSON", (UnaryOperator<String>) body -> "not json"),
                Arguments.of("cut short", (UnaryOperator<String>) body -> body.substring(0, body.length() - 1)),
                Arguments.of("trailing comma", (UnaryOperator<String>) body -> body.replaceFirst("}$", ",}")),
                Arguments.of("single quotes", (UnaryOperator<String>) body -> body.replace('"', '\'')),
                Arguments.of("value missing", (UnaryOperator<String>) body -> body.replaceFirst(":[^,}]+", ":")),
                Arguments.of("garbage after", (UnaryOperator<String>) body -> body + "x"),
                Arguments.of("second object after", (UnaryOperator<String>) body -> body + " {}"),
                Arguments.of("in an array", (UnaryOperator<String>) body -> "[" + body + "]"),
                Arguments.of("a string", (UnaryOperator<String>) body -> Json.createValue(body).toString()),
                Arguments.of("a number", (UnaryOperator<String>) body -> "42"),
                Arguments.of("null", (UnaryOperator<String>) body -> "null"));
    }

    static Stream<Arguments> malformedBodies() {
        return JSON_ENDPOINTS.stream().flatMap(path -> malformations().map(m -> Arguments.of(path, m.get()[0], m.get()[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformedBodies")
    void aMalformedBodyIsInvalidMessage(String path, String malformation, UnaryOperator<String> alter) {
        assertError(Api.post(path, tokenFor(path), alter.apply(acceptedBody(path))), 400, "INVALID_MESSAGE");
    }

    @ParameterizedTest
    @MethodSource("jsonEndpoints")
    void jsonNestedThirtyThousandDeepInAnUnknownFieldIsAnsweredWithoutFailing(String path) {
        String body = acceptedBody(path).replaceFirst("}$", ",\"deep\":" + "[".repeat(30_000) + "]".repeat(30_000) + "}");

        Api.Reply reply = Api.post(path, tokenFor(path), body);

        assertThat(reply.status()).as(reply.body()).isIn(200, 201, 400);
        ErrorBodies.assertNoInternals(reply);
    }

    @Test
    void aBodyThatIsNotUtf8IsInvalidMessage() {
        String latin1 = "{\"username\":\"" + Api.uniqueName("latin_") + "\",\"password\":\"caf\u00e9 cr\u00e8me br\u00fbl\u00e9e\"}";

        assertError(RawHttp.postBytes("/api/auth/register", null, latin1.getBytes(StandardCharsets.ISO_8859_1), false),
                400, "INVALID_MESSAGE");
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of("/api/auth/register", "username", Json.createValue(12345)),
                Arguments.of("/api/auth/register", "username", JsonValue.TRUE),
                Arguments.of("/api/auth/register", "username", Json.createArrayBuilder().add("abcd").build()),
                Arguments.of("/api/auth/register", "username", Json.createObjectBuilder().add("name", "abcd").build()),
                Arguments.of("/api/auth/register", "password", Json.createValue(123456789)),
                Arguments.of("/api/auth/register", "password", Json.createArrayBuilder().add(Api.PASSWORD).build()),
                Arguments.of("/api/auth/login", "username", Json.createArrayBuilder().add("abcd").build()),
                Arguments.of("/api/auth/login", "password", JsonValue.FALSE),
                Arguments.of("/api/auth/login", "protocol_version", Json.createValue(1.0)),
                Arguments.of("/api/auth/login", "protocol_version", Json.createValue(1)),
                Arguments.of("/api/characters", "name", Json.createValue(12345)),
                Arguments.of("/api/characters", "name", JsonValue.TRUE),
                Arguments.of("/api/characters", "faction", Json.createArrayBuilder().add("Crimson Covenant").build()),
                Arguments.of("/api/characters/select", "character_id", Json.createValue(Long.toString(player.characterId()))),
                Arguments.of("/api/characters/select", "character_id", Json.createValue(1.5)),
                Arguments.of("/api/characters/select", "character_id", JsonValue.TRUE),
                Arguments.of("/api/characters/select", "character_id", Json.createArrayBuilder().add(1).build()),
                Arguments.of("/api/characters/select", "character_id", Json.createObjectBuilder().add("id", 1).build()),
                Arguments.of("/api/characters/select", "character_id", Json.createValue(new BigDecimal("99999999999999999999999"))),
                Arguments.of("/api/characters/select", "character_id", Json.createValue(new BigDecimal("1e999999999"))));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @MethodSource("wrongTypes")
    void aFieldOfTheWrongJsonTypeIsInvalidMessage(String path, String field, JsonValue value) {
        JsonObject accepted = Json.createReader(new StringReader(acceptedBody(path))).readObject();
        String body = Json.createObjectBuilder(accepted).add(field, value).build().toString();

        assertError(Api.post(path, tokenFor(path), body), 400, "INVALID_MESSAGE");
    }

    static Stream<Arguments> missingFields() {
        return Stream.of(
                Arguments.of("/api/auth/register", "{}"),
                Arguments.of("/api/auth/register", "{\"username\":\"missing_pw\"}"),
                Arguments.of("/api/auth/register", "{\"password\":\"correct horse battery\"}"),
                Arguments.of("/api/auth/register", "{\"username\":null,\"password\":\"correct horse battery\"}"),
                Arguments.of("/api/auth/login", "{}"),
                Arguments.of("/api/auth/login", "{\"password\":\"correct horse battery\",\"protocol_version\":\"1.0\"}"),
                Arguments.of("/api/auth/login", "{\"username\":\"missing_pw\",\"protocol_version\":\"1.0\"}"),
                Arguments.of("/api/auth/login", "{\"username\":\"missing_pw\",\"password\":\"correct horse battery\"}"),
                Arguments.of("/api/characters", "{}"),
                Arguments.of("/api/characters", "{\"faction\":\"Crimson Covenant\"}"),
                Arguments.of("/api/characters", "{\"name\":\"Nameless Faction\"}"),
                Arguments.of("/api/characters", "{\"name\":null,\"faction\":\"Crimson Covenant\"}"),
                Arguments.of("/api/characters/select", "{}"),
                Arguments.of("/api/characters/select", "{\"id\":1}"));
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("missingFields")
    void aMissingFieldIsInvalidMessage(String path, String body) {
        assertError(Api.post(path, tokenFor(path), body), 400, "INVALID_MESSAGE");
    }

    @Test
    void unknownFieldsAreIgnored() {
        String username = Api.uniqueName("extra_");

        Api.Reply reply = Api.post("/api/auth/register", null, "{\"username\":\"" + username
                + "\",\"password\":\"correct horse battery\",\"email\":\"x@example.com\",\"nested\":{\"a\":[1,2,{\"b\":null}]}}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    /** A JSON object of exactly {@code size} bytes: a short username, padded with spaces. */
    private static byte[] bodyOfSize(int size) {
        String json = "{\"username\":\"ab\",\"password\":\"x\",\"name\":\"ab\",\"faction\":\"x\",\"character_id\":0}";
        return (json + " ".repeat(size - json.length())).getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("jsonEndpoints")
    void aBodyOverSixtyFourKibibytesIsMessageTooLarge(String path) {
        assertError(RawHttp.postBytes(path, tokenFor(path), bodyOfSize(LIMIT + 1), false), 413, "MESSAGE_TOO_LARGE");
    }

    @ParameterizedTest
    @MethodSource("jsonEndpoints")
    void aChunkedBodyOverSixtyFourKibibytesIsMessageTooLarge(String path) {
        assertError(RawHttp.postBytes(path, tokenFor(path), bodyOfSize(LIMIT + 1), true), 413, "MESSAGE_TOO_LARGE");
        assertError(RawHttp.postBytes(path, tokenFor(path), bodyOfSize(4 * LIMIT), true), 413, "MESSAGE_TOO_LARGE");
    }

    @ParameterizedTest
    @MethodSource("jsonEndpoints")
    void aBodyOfExactlySixtyFourKibibytesIsRead(String path) {
        assertError(RawHttp.postBytes(path, tokenFor(path), bodyOfSize(LIMIT), false), 400, "INVALID_MESSAGE");
        assertError(RawHttp.postBytes(path, tokenFor(path), bodyOfSize(LIMIT), true), 400, "INVALID_MESSAGE");
    }

    @Test
    void aLargeBodyToLogoutIsMessageTooLarge() {
        String session = Api.newSession().token();

        assertError(RawHttp.postBytes("/api/auth/logout", session, bodyOfSize(LIMIT + 1), false), 413, "MESSAGE_TOO_LARGE");
        assertThat(Api.get("/api/characters", session).status()).as("the refused logout left the session alive").isEqualTo(200);
    }
}
