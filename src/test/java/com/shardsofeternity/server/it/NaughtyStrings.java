package com.shardsofeternity.server.it;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The Big List of Naughty Strings from the shared test data. */
public final class NaughtyStrings {

    private NaughtyStrings() {
    }

    public static List<String> all() {
        Path file = Path.of(System.getProperty("testdata.dir", "../shared/testdata"), "naughty-strings", "blns.json");
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Length in code points of the trimmed value, as the protocol counts it. */
    public static int length(String value) {
        String trimmed = value.strip();
        return trimmed.codePointCount(0, trimmed.length());
    }
}
