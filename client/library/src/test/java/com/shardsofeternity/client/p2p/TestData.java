package com.shardsofeternity.client.p2p;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/** The public test vectors in the shared testdata folder, whose location surefire passes in. */
final class TestData {

    private TestData() {
    }

    static JsonArray array(String relativePath) {
        return (JsonArray) read(relativePath);
    }

    static JsonObject object(String relativePath) {
        return (JsonObject) read(relativePath);
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static JsonStructure read(String relativePath) {
        Path file = directory().resolve(relativePath);
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
            return reader.read();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read test data " + file, unreadable);
        }
    }

    private static Path directory() {
        String configured = System.getProperty("testdata.dir");
        if (configured == null) {
            throw new IllegalStateException(
                    "system property testdata.dir is not set; run the tests through Maven (surefire sets it)");
        }
        Path directory = Path.of(configured).normalize();
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("testdata.dir " + directory + " is not a directory; "
                    + "shared/ must sit beside the repository's clone");
        }
        return directory;
    }
}
