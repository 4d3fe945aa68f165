package com.shardsofeternity.server.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Request fields are read only from JSON values of their own type. Left to itself JSON-B turns
 * {@code 123} and {@code true} into strings, {@code "7"} and {@code 1.5} into ids, and wraps an
 * integer too large for a {@code long} around to some other id; each of those is an
 * {@code INVALID_MESSAGE} instead.
 */
final class StrictScalars {

    private static final int MAX_LONG_DIGITS = 19;

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

    /** A JSON number with no fractional part ({@code 7}, {@code 7.0}, {@code 7e0}) that fits a {@code long}. */
    private static long exactLong(JsonValue value) {
        if (!(value instanceof JsonNumber number)) {
            throw wrongType("an integer");
        }
        BigDecimal decimal = number.bigDecimalValue().stripTrailingZeros();
        if (decimal.scale() > 0) {
            throw wrongType("an integer");
        }
        // Checked before converting: 1e999999999 must not become a billion-digit number.
        if (decimal.precision() - decimal.scale() > MAX_LONG_DIGITS) {
            throw wrongType("an integer within 64 bits");
        }
        try {
            return decimal.longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw wrongType("an integer within 64 bits");
        }
    }
}
