package com.shardsofeternity.server.cluster;

import com.shardsofeternity.protocol.Priority;
import com.shardsofeternity.server.realtime.Audience;
import com.shardsofeternity.server.realtime.ServerMessage;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Set;

/** How a published message crosses Redis: its audience and the already-encoded server message. */
public final class BusCodec {

    /** A message as received from the bus. */
    public record Published(String origin, Audience audience, ServerMessage message) {
    }

    private BusCodec() {
    }

    public static String encode(String origin, Audience audience, ServerMessage message) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("o", origin)
                .add("a", audience(audience))
                .add("t", message.type())
                .add("p", message.priority().name())
                .add("b", message.body());
        if (message.coalesceKey() != null) {
            json.add("k", message.coalesceKey());
        }
        return json.build().toString();
    }

    public static Published decode(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        String key = json.containsKey("k") ? json.getString("k") : null;
        ServerMessage message = new ServerMessage(json.getString("t"), Priority.valueOf(json.getString("p")),
                json.getString("b"), key);
        return new Published(json.getString("o"), audience(json.getJsonObject("a")), message);
    }

    private static JsonObject audience(Audience audience) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (audience instanceof Audience.Everyone) {
            json.add("k", "everyone");
        } else if (audience instanceof Audience.Character character) {
            json.add("k", "character").add("id", character.characterId());
        } else if (audience instanceof Audience.Session session) {
            json.add("k", "session").add("id", session.sessionId());
        } else if (audience instanceof Audience.Location location) {
            json.add("k", "location").add("id", location.locationId());
            if (location.exceptCharacterId() != null) {
                json.add("except", location.exceptCharacterId());
            }
        } else if (audience instanceof Audience.Faction faction) {
            json.add("k", "faction").add("id", faction.faction());
        } else if (audience instanceof Audience.Party party) {
            json.add("k", "party").add("id", party.partyId());
        } else if (audience instanceof Audience.Characters characters) {
            JsonArrayBuilder ids = Json.createArrayBuilder();
            characters.characterIds().forEach(ids::add);
            json.add("k", "characters").add("ids", ids);
        }
        return json.build();
    }

    private static Audience audience(JsonObject json) {
        return switch (json.getString("k")) {
            case "everyone" -> new Audience.Everyone();
            case "character" -> new Audience.Character(json.getJsonNumber("id").longValue());
            case "session" -> new Audience.Session(json.getString("id"));
            case "location" -> new Audience.Location(json.getJsonNumber("id").longValue(),
                    json.containsKey("except") ? json.getJsonNumber("except").longValue() : null);
            case "faction" -> new Audience.Faction(json.getString("id"));
            case "party" -> new Audience.Party(json.getJsonNumber("id").longValue());
            case "characters" -> {
                Set<Long> ids = new LinkedHashSet<>();
                for (JsonValue id : json.getJsonArray("ids")) {
                    ids.add(((jakarta.json.JsonNumber) id).longValue());
                }
                yield new Audience.Characters(ids);
            }
            default -> throw new IllegalArgumentException("unknown audience " + json.getString("k"));
        };
    }
}
