package com.shardsofeternity.client;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads typed settings from environment variables, naming the variable when a value is unusable. */
final class EnvironmentValues {

    private final Map<String, String> env;

    EnvironmentValues(Map<String, String> env) {
        this.env = env;
    }

    Optional<String> string(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    Optional<Integer> integer(String name) {
        return string(name).map(value -> {
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException bad) {
                throw new IllegalArgumentException(name + " must be a whole number: " + value, bad);
            }
        });
    }

    Optional<Boolean> bool(String name) {
        return string(name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false: " + value);
        });
    }
}
