package com.shardsofeternity.server.it;

import static com.shardsofeternity.server.it.ErrorBodies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/world}: the public reads of the map, the shards, the factions and who is where. */
@ExtendWith(ServerReady.class)
class WorldApiIT {

    private static String loggedOutToken;

    @BeforeAll
    static void logInAndOut() {
        loggedOutToken = Api.newSession().token();
        assertThat(Api.post("/api/auth/logout", loggedOutToken, null).status()).isEqualTo(204);
    }

    private static JsonArray getArray(String path) {
        Api.Reply reply = Api.get(path, null);
        assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
        return reply.array();
    }

    private static Map<Long, List<Long>> map() {
        return getArray("/api/world/locations").getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                location -> location.getJsonNumber("id").longValue(),
                location -> location.getJsonArray("neighbors").getValuesAs(JsonNumber.class).stream()
                        .map(JsonNumber::longValue).toList()));
    }

    @Test
    void theMapHasAtLeastTwelveNamedLocations() {
        List<JsonObject> locations = getArray("/api/world/locations").getValuesAs(JsonObject.class);

        assertThat(locations).hasSizeGreaterThanOrEqualTo(12);
        assertThat(locations).extracting(l -> l.getJsonNumber("id").longValue()).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).isPositive());
        assertThat(locations).extracting(l -> l.getString("name")).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).isNotBlank());
    }

    @Test
    void neighborsAreSymmetricAndAreLocationsOfTheMap() {
        Map<Long, List<Long>> map = map();

        map.forEach((id, neighbors) -> {
            assertThat(neighbors).as("neighbors of %d", id).isNotEmpty().doesNotHaveDuplicates().doesNotContain(id);
            assertThat(map.keySet()).as("neighbors of %d", id).containsAll(neighbors);
            neighbors.forEach(neighbor -> assertThat(map.get(neighbor)).as("neighbors of %d", neighbor).contains(id));
        });
    }

    @Test
    void everyShardCanBeReachedFromTheStartingLocation() {
        Map<Long, List<Long>> map = map();
        Set<Long> reached = new HashSet<>();
        Deque<Long> frontier = new ArrayDeque<>(List.of(SeedData.startingLocationId()));
        while (!frontier.isEmpty()) {
            Long here = frontier.pop();
            if (reached.add(here)) {
                frontier.addAll(map.getOrDefault(here, List.of()));
            }
        }

        assertThat(reached).contains(SeedData.startingLocationId());
        assertThat(getArray("/api/world/shards").getValuesAs(JsonObject.class))
                .extracting(shard -> shard.getJsonNumber("location_id").longValue())
                .allSatisfy(location -> assertThat(reached).contains(location));
    }

    @Test
    void thereAreSevenShardsIncludingPhoenixFlameEachInALocationOfTheMap() {
        Set<Long> locations = map().keySet();
        List<JsonObject> shards = getArray("/api/world/shards").getValuesAs(JsonObject.class);

        assertThat(shards).hasSize(7);
        assertThat(shards).extracting(s -> s.getJsonNumber("id").longValue()).doesNotHaveDuplicates();
        assertThat(shards).extracting(s -> s.getString("name")).doesNotHaveDuplicates().contains("Phoenix Flame");
        assertThat(shards).extracting(s -> s.getJsonNumber("location_id").longValue())
                .allSatisfy(location -> assertThat(locations).contains(location));
    }

    @Test
    void aShardsOwnerAndCaptureTimeAreBothNullOrBothSet() {
        List<String> factions = factions();

        for (JsonObject shard : getArray("/api/world/shards").getValuesAs(JsonObject.class)) {
            assertThat(shard).as(shard.toString()).containsKeys("owning_faction", "captured_at");
            boolean owned = shard.get("owning_faction") != JsonValue.NULL;
            assertThat(shard.get("captured_at") != JsonValue.NULL).as(shard.toString()).isEqualTo(owned);
            if (owned) {
                assertThat(factions).contains(shard.getString("owning_faction"));
                assertThat(shard.getJsonNumber("captured_at").longValue()).isPositive();
            }
        }
    }

    private static List<String> factions() {
        return getArray("/api/world/factions").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void thereAreAtLeastThreeFactionsIncludingTheCrimsonCovenant() {
        assertThat(factions()).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates().contains("Crimson Covenant");
    }

    @Test
    void theWorldStateNamesTheRealityAndCarriesTheShards() {
        long before = System.currentTimeMillis();
        Api.Reply reply = Api.get("/api/world/state", null);
        long after = System.currentTimeMillis();

        assertThat(reply.status()).isEqualTo(200);
        JsonObject state = reply.json();
        assertThat(state.getString("current_reality")).isNotBlank();
        assertThat(state.getJsonNumber("reality_stability").doubleValue()).isBetween(0.0, 100.0);
        assertThat(state.getJsonNumber("online_players").isIntegral()).isTrue();
        assertThat(state.getInt("online_players")).isNotNegative();
        assertThat(state.getJsonNumber("timestamp").longValue()).isBetween(before - 60_000, after + 60_000);
        Function<JsonArray, Map<Long, String>> byId = shards -> shards.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getJsonNumber("id").longValue(), s -> s.getString("name")));
        assertThat(byId.apply(state.getJsonArray("shards"))).isEqualTo(byId.apply(getArray("/api/world/shards")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/world/state", "/api/world/shards", "/api/world/locations", "/api/world/factions",
            "/api/world/locations/1/players"})
    void publicReadsNeedNoTokenAndIgnoreADeadOne(String path) {
        assertThat(Api.get(path, null).status()).isEqualTo(200);
        assertThat(Api.get(path, loggedOutToken).status()).isEqualTo(200);
    }

    @Test
    void playersOfALocationAreOnlineCharactersThere() {
        Api.Player restOnly = Api.newPlayer("Crimson Covenant");
        long start = SeedData.startingLocationId();

        List<JsonObject> players = getArray("/api/world/locations/" + start + "/players").getValuesAs(JsonObject.class);

        for (JsonObject player : players) {
            assertThat(player).containsKeys("character_id", "character_name", "level", "faction", "location_id",
                    "position", "last_seen");
            assertThat(player.getJsonNumber("location_id").longValue()).isEqualTo(start);
        }
        assertThat(players).extracting(p -> p.getJsonNumber("character_id").longValue())
                .as("a character selected over REST without a socket is not online")
                .doesNotContain(restOnly.characterId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "999999", "9223372036854775807", "99999999999999999999", "-1", "1.5", "abc", "%20"})
    void playersOfALocationThatDoesNotExistIsNotFound(String id) {
        assertError(Api.get("/api/world/locations/" + id + "/players", null), 404, "NOT_FOUND");
    }
}
