package com.shardsofeternity.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CORS on {@code /api} with the server's default allowlist (its own origins on ports 8888 and 8889): a
 * browser page from one of them may call the API, a page from anywhere else is told nothing.
 */
@ExtendWith(ServerReady.class)
class CrossOriginIT {

    private static Api.Reply preflight(String origin, String path) {
        return Api.send("OPTIONS", path, null, null, "Origin", origin, "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization,content-type");
    }

    private static boolean listsIgnoringCase(String list, String item) {
        return Arrays.stream(list.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).anyMatch(item::equals);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8888", "https://localhost:8889", "http://127.0.0.1:8888", "https://127.0.0.1:8889"})
    void aPreflightFromAnAllowedOriginIsAnswered(String origin) {
        Api.Reply reply = preflight(origin, "/api/characters");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Access-Control-Allow-Origin")).hasValue(origin);
        assertThat(reply.header("Access-Control-Allow-Methods")).hasValueSatisfying(methods -> {
            assertThat(listsIgnoringCase(methods, "post")).as(methods).isTrue();
            assertThat(listsIgnoringCase(methods, "get")).as(methods).isTrue();
        });
        assertThat(reply.header("Access-Control-Allow-Headers")).hasValueSatisfying(headers -> {
            assertThat(listsIgnoringCase(headers, "authorization")).as(headers).isTrue();
            assertThat(listsIgnoringCase(headers, "content-type")).as(headers).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example", "http://localhost:8887", "https://localhost:8888",
            "http://localhost:8888.evil.example", "null"})
    void aPreflightFromAnyOtherOriginGetsNoCorsHeaders(String origin) {
        Api.Reply reply = preflight(origin, "/api/auth/login");

        assertThat(reply.status()).isLessThan(500);
        assertThat(reply.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(reply.header("Access-Control-Allow-Methods")).isEmpty();
        assertThat(reply.header("Access-Control-Allow-Headers")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/world/state", "/api/world/factions"})
    void aCallFromTheAllowedOriginMayReadTheAnswerAndRetryAfter(String path) {
        Api.Reply reply = Api.send("GET", path, null, null, "Origin", "http://localhost:8888");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Access-Control-Allow-Origin")).hasValue("http://localhost:8888");
        assertThat(reply.header("Access-Control-Expose-Headers"))
                .hasValueSatisfying(exposed -> assertThat(listsIgnoringCase(exposed, "retry-after")).as(exposed).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/world/state", "/api/world/factions"})
    void aCallFromAForeignOriginIsNotMadeReadable(String path) {
        Api.Reply reply = Api.send("GET", path, null, null, "Origin", "http://evil.example");

        assertThat(reply.header("Access-Control-Allow-Origin")).isEmpty();
    }
}
