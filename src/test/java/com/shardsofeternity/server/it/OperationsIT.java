package com.shardsofeternity.server.it;

import static com.shardsofeternity.server.it.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operators and tooling read: health, application metrics and the OpenAPI description. */
@ExtendWith(ServerReady.class)
class OperationsIT {

    /** A Prometheus sample: a name, its labels, a value. */
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)$");

    private static Map<String, Double> applicationMetrics() {
        Api.Reply reply = Api.get("/metrics?scope=application", null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, Double> samples = new HashMap<>();
        for (String line : reply.body().split("\n")) {
            Matcher sample = SAMPLE.matcher(line.strip());
            if (!line.startsWith("#") && sample.matches()) {
                String labels = sample.group(2) == null ? "" : sample.group(2).replaceAll("mp_scope=\"application\",?", "");
                samples.put(sample.group(1) + labels.replace(",}", "}").replace("{}", ""), Double.parseDouble(sample.group(3)));
            }
        }
        return samples;
    }

    private static double metric(Map<String, Double> samples, String key) {
        assertThat(samples).as("application metrics").containsKey(key);
        return samples.get(key);
    }

    private static JsonObject health(String path) {
        Api.Reply reply = Api.get(path, null);
        assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static Map<String, String> checks(JsonObject health) {
        Map<String, String> checks = new HashMap<>();
        health.getJsonArray("checks").getValuesAs(JsonObject.class)
                .forEach(check -> checks.put(check.getString("name"), check.getString("status")));
        return checks;
    }

    @Test
    void healthIsUpWithTheDatabaseAndHeapChecks() {
        JsonObject health = health("/health");

        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(checks(health)).containsEntry("database", "UP").containsEntry("heap", "UP");
    }

    @Test
    void readinessIsTheDatabase() {
        JsonObject ready = health("/health/ready");

        assertThat(ready.getString("status")).isEqualTo("UP");
        assertThat(checks(ready)).containsEntry("database", "UP").doesNotContainKey("heap");
    }

    @Test
    void livenessIsTheHeap() {
        JsonObject live = health("/health/live");

        assertThat(live.getString("status")).isEqualTo("UP");
        assertThat(checks(live)).containsEntry("heap", "UP").doesNotContainKey("database");
    }

    @Test
    void applicationMetricsAreNamedSoteAndIncludeTheGameGauges() {
        Map<String, Double> samples = applicationMetrics();

        assertThat(samples.keySet()).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("sote_"));
        assertThat(metric(samples, "sote_accounts")).isNotNegative();
        assertThat(metric(samples, "sote_sessions_active")).isNotNegative();
        assertThat(metric(samples, "sote_players_online")).isNotNegative();
        assertThat(metric(samples, "sote_password_hashing_backlog")).isNotNegative();
    }

    /** At least: a client of another test may still be logging in in the background. */
    @Test
    void metricsCountRegistrationsAndEveryOutcomeOfLogin() {
        String ok = "sote_logins_total{result=\"ok\"}";
        String failed = "sote_logins_total{result=\"failed\"}";
        String throttled = "sote_logins_total{result=\"throttled\"}";
        Map<String, Double> before = applicationMetrics();

        String username = Api.register(Api.uniqueName("metric_"));
        Api.login(username);
        InetAddress source = RawHttp.freshLoopbackAddress();
        for (int i = 0; i < 6; i++) {
            RawHttp.postJson(source, "/api/auth/login", json("username", username, "password", "wrong password",
                    "protocol_version", "1.0"));
        }

        Map<String, Double> after = applicationMetrics();
        assertThat(metric(after, "sote_registrations_total") - metric(before, "sote_registrations_total"))
                .isGreaterThanOrEqualTo(1.0);
        assertThat(metric(after, ok) - metric(before, ok)).isGreaterThanOrEqualTo(1.0);
        assertThat(metric(after, failed) - metric(before, failed)).isGreaterThanOrEqualTo(5.0);
        assertThat(metric(after, throttled) - metric(before, throttled)).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void theOpenApiDescriptionListsEveryRestEndpointAndItsSecurity() {
        Api.Reply reply = Api.send("GET", "/openapi", null, null, "Accept", "application/json");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject openApi = reply.json();
        assertThat(openApi.getString("openapi")).startsWith("3.");
        JsonObject paths = openApi.getJsonObject("paths");
        Map<String, List<String>> operations = Map.of(
                "/api/auth/register", List.of("post"),
                "/api/auth/login", List.of("post"),
                "/api/auth/logout", List.of("post"),
                "/api/characters", List.of("get", "post"),
                "/api/characters/select", List.of("post"),
                "/api/world/state", List.of("get"),
                "/api/world/shards", List.of("get"),
                "/api/world/locations", List.of("get"),
                "/api/world/factions", List.of("get"),
                "/api/world/locations/{id}/players", List.of("get"));
        operations.forEach((path, methods) -> assertThat(paths.getJsonObject(path)).as(path).isNotNull().containsKeys(
                methods.toArray(String[]::new)));
        assertThat(openApi.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer")
                .getString("scheme")).isEqualTo("bearer");
        for (String path : List.of("/api/auth/logout", "/api/characters", "/api/characters/select")) {
            assertThat(paths.getJsonObject(path).getJsonObject("post").getJsonArray("security").toString())
                    .as("security of POST %s", path).contains("bearer");
        }
        for (String path : List.of("/api/auth/register", "/api/auth/login")) {
            assertThat(paths.getJsonObject(path).getJsonObject("post")).as("POST %s", path).doesNotContainKey("security");
        }
    }

    @Test
    void theOpenApiDescriptionIsYamlByDefault() {
        Api.Reply reply = Api.get("/openapi", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("openapi: 3.").contains("/api/auth/login:");
    }
}
