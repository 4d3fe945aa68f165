package com.shardsofeternity.protocol;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.io.StringReader;
import java.util.List;

/**
 * Turns messages into JSON text and back, for both ends of the socket.
 *
 * <p>Server messages are encoded in two steps so that a broadcast is serialised once: {@link
 * #encodeServerBody} produces the message without its {@code seq}, and {@link #withSeq} splices each
 * recipient's sequence number in front without touching the rest of the text.
 */
public final class MessageCodec {

    private static final String BATCH_OPENING = "{\"type\":\"batch\",\"messages\":[";

    private final MessageTypes types;
    private final Jsonb jsonb;

    public MessageCodec(MessageTypes types) {
        this.types = types;
        this.jsonb = JsonbBuilder.create(jsonbConfig());
    }

    /** The JSON-B settings of the wire format: snake_case names, nulls written out. */
    public static JsonbConfig jsonbConfig() {
        return new JsonbConfig()
                .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
                .withNullValues(true);
    }

    public MessageTypes types() {
        return types;
    }

    /** The configured JSON-B instance, for bodies that are not messages (REST objects). */
    public Jsonb jsonb() {
        return jsonb;
    }

    // ---- server to client -------------------------------------------------------------------------

    /** A server message without {@code seq}: {@code type}, {@code priority}, {@code timestamp}, then the payload. */
    public String encodeServerBody(String type, Object payload, long timestamp) {
        MessageType messageType = types.get(type);
        return encodeServerBody(messageType.name(), messageType.priority(), payload, timestamp);
    }

    /** As {@link #encodeServerBody(String, Object, long)} with an explicit priority. */
    public String encodeServerBody(String type, Priority priority, Object payload, long timestamp) {
        String fields = jsonb.toJson(payload);
        StringBuilder out = new StringBuilder(fields.length() + 64 + type.length());
        out.append("{\"type\":\"").append(type)
                .append("\",\"priority\":\"").append(priority.wireName())
                .append("\",\"timestamp\":").append(timestamp);
        appendFields(out, fields);
        return out.toString();
    }

    /** Puts {@code "seq":N} in front of a body made by {@link #encodeServerBody}. */
    public static String withSeq(String body, long seq) {
        return appendWithSeq(new StringBuilder(body.length() + 24), body, seq).toString();
    }

    /** Appends {@code body} with {@code "seq":N} in front, as {@link #withSeq} returns it. */
    public static StringBuilder appendWithSeq(StringBuilder out, String body, long seq) {
        return out.append("{\"seq\":").append(seq).append(',').append(body, 1, body.length());
    }

    /** The start of a {@code batch} frame; append the messages separated by commas, then {@link #closeBatch}. */
    public static StringBuilder openBatch(int expectedChars) {
        return new StringBuilder(expectedChars).append(BATCH_OPENING);
    }

    public static String closeBatch(StringBuilder batch) {
        return batch.append("]}").toString();
    }

    /** One {@code batch} frame holding already encoded messages, in order. */
    public static String batch(List<String> frames) {
        int size = 32;
        for (String frame : frames) {
            size += frame.length() + 1;
        }
        StringBuilder out = openBatch(size);
        for (int i = 0; i < frames.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(frames.get(i));
        }
        return closeBatch(out);
    }

    // ---- client to server -------------------------------------------------------------------------

    /** A client message; {@code id} may be null when no answer is wanted. */
    public String encodeClient(String type, String id, Object payload) {
        types.get(type);
        String fields = payload == null ? "{}" : jsonb.toJson(payload);
        StringBuilder out = new StringBuilder(fields.length() + 48).append("{\"type\":\"").append(type).append('"');
        if (id != null) {
            out.append(",\"id\":").append(jsonb.toJson(id));
        }
        appendFields(out, fields);
        return out.toString();
    }

    // ---- decoding ---------------------------------------------------------------------------------

    /**
     * Reads the envelope of one message.
     *
     * @throws ProtocolException {@code INVALID_MESSAGE} for text that is not a JSON object with a string
     *     {@code type}, or whose {@code id} is not a string of at most 64 characters
     */
    public Envelope decode(String text) throws ProtocolException {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ProtocolException(ErrorCode.INVALID_MESSAGE, "a message is a JSON object", null);
            }
            json = value.asJsonObject();
        } catch (JsonException | IllegalStateException malformed) {
            throw new ProtocolException(ErrorCode.INVALID_MESSAGE, "the message is not valid JSON", null);
        }
        return envelopeOf(json);
    }

    /** The envelope of a message already parsed, such as one element of a {@code batch}. */
    public Envelope envelopeOf(JsonObject json) throws ProtocolException {
        String id = null;
        JsonValue idValue = json.get("id");
        if (idValue != null && idValue.getValueType() != JsonValue.ValueType.NULL) {
            if (idValue.getValueType() != JsonValue.ValueType.STRING) {
                throw new ProtocolException(ErrorCode.INVALID_MESSAGE, "id must be a string", null);
            }
            id = ((JsonString) idValue).getString();
            if (id.length() > Limits.MAX_ID_LENGTH) {
                throw new ProtocolException(ErrorCode.INVALID_MESSAGE, "id is longer than 64 characters", null);
            }
        }
        String type = stringOrNull(json, "type");
        if (type == null || type.isEmpty()) {
            throw new ProtocolException(ErrorCode.INVALID_MESSAGE, "type must be a non-empty string", id);
        }
        return new Envelope(type, id, longOrNull(json, "seq"), longOrNull(json, "timestamp"),
                stringOrNull(json, "priority"), stringOrNull(json, "reply_to"), json);
    }

    /** The registered type of a decoded message, or {@code UNKNOWN_MESSAGE_TYPE}. */
    public MessageType typeOf(Envelope envelope) throws ProtocolException {
        return types.find(envelope.type()).orElseThrow(() -> new ProtocolException(
                ErrorCode.UNKNOWN_MESSAGE_TYPE, "unknown message type", envelope.id()));
    }

    /** Binds the payload of a decoded message to its registered record. */
    public Object payload(Envelope envelope) throws ProtocolException {
        return payload(envelope, typeOf(envelope).model());
    }

    /** Binds the payload of a decoded message to {@code model}. */
    public <T> T payload(Envelope envelope, Class<T> model) throws ProtocolException {
        try {
            return jsonb.fromJson(envelope.json().toString(), model);
        } catch (JsonbException | JsonException | ClassCastException | IllegalArgumentException
                 | ArithmeticException | NullPointerException bad) {
            throw new ProtocolException(ErrorCode.INVALID_MESSAGE,
                    "fields of " + envelope.type() + " have the wrong type", envelope.id());
        }
    }

    /** Parses a REST body or any other JSON object into {@code model}. */
    public <T> T fromJson(String text, Class<T> model) throws ProtocolException {
        try {
            return jsonb.fromJson(text, model);
        } catch (JsonbException | JsonException | ClassCastException | IllegalArgumentException
                 | ArithmeticException | NullPointerException bad) {
            throw new ProtocolException(ErrorCode.INVALID_MESSAGE, "the body is not valid JSON of the expected shape", null);
        }
    }

    public String toJson(Object value) {
        return jsonb.toJson(value);
    }

    private static void appendFields(StringBuilder out, String fields) {
        if (fields.length() > 2) {
            out.append(',').append(fields, 1, fields.length());
        } else {
            out.append('}');
        }
    }

    private static String stringOrNull(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static Long longOrNull(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException outOfRange) {
                return null;
            }
        }
        return null;
    }
}
