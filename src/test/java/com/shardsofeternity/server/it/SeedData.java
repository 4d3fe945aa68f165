package com.shardsofeternity.server.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the server's own {@code world-seed.json} says, for facts the API does not expose. */
public final class SeedData {

    private static final Path SEED = Path.of(System.getProperty("basedir", "."), "src/main/resources/world-seed.json");

    private SeedData() {
    }

    /** Where new characters start. */
    public static long startingLocationId() {
        return seed().getJsonNumber("starting_location_id").longValue();
    }

    private static JsonObject seed() {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(SEED, StandardCharsets.UTF_8))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SEED, e);
        }
    }
}
