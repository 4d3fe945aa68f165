package com.shardsofeternity.server.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Request fields are read only from JSON values of their own type. Left to itself JSON-B turns
 * {@code 123} and {@code true} into strings, {@code "7"} and {@code 1.5} into ids, and wraps an
 * integer too large for a {@code long} around to some other id; each of those is an
 * {@code INVALID_MESSAGE} instead.
 */
final class StrictScalars {

    private StrictScalars() {
    }

    static JsonbDeserializer<?>[] all() {
        return new JsonbDeserializer<?>[] {new Text(), new WholeNumber(), new SmallWholeNumber()};
    }

    private static JsonValue current(JsonParser parser) {
        return parser.getValue();
    }

    private static JsonbException wrongType(String expected) {
        return new JsonbException("expected " + expected);
    }

    static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = current(parser);
            if (value == JsonValue.NULL) {
                return null;
            }
            if (value instanceof JsonString text) {
                return text.getString();
            }
            throw wrongType("a string");
        }
    }

    static final class WholeNumber implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = current(parser);
            if (value == JsonValue.NULL) {
                return null;
            }
            return exactLong(value);
        }
    }

    static final class SmallWholeNumber implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = current(parser);
            if (value == JsonValue.NULL) {
                return null;
            }
            long whole = exactLong(value);
            if (whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE) {
                throw wrongType("an integer within 32 bits");
            }
            return (int) whole;
        }
    }

    private static long exactLong(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.bigIntegerValueExact().longValueExact();
            } catch (ArithmeticException tooLarge) {
                throw wrongType("an integer within 64 bits");
            }
        }
        throw wrongType("an integer");
    }
}
