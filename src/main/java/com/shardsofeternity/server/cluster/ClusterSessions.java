package com.shardsofeternity.server.cluster;

import com.shardsofeternity.server.auth.SessionEnded;
import com.shardsofeternity.server.auth.SessionService;
import com.shardsofeternity.server.character.CharacterSelected;
import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.realtime.SessionAttached;
import com.shardsofeternity.server.realtime.SessionLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/**
 * Tells every node what happens to a session on one of them: it ended (logout, expiry, kick: every
 * node closes its sockets), it selected a character, or its socket came up on this node (the node
 * that held it before lets it go). Events received from other nodes are re-fired locally.
 */
@ApplicationScoped
public class ClusterSessions {

    private String channelKey() {
        return redis.key("sessions");
    }

    @Inject
    Redis redis;
    @Inject
    GameSettings settings;
    @Inject
    SessionService sessions;
    @Inject
    SessionLifecycle lifecycle;
    @Inject
    Event<SessionEnded> endedEvents;
    @Inject
    Event<CharacterSelected> selectedEvents;

    /** Set while re-firing another node's event, so it is not sent back out. */
    private final ThreadLocal<Boolean> replaying = ThreadLocal.withInitial(() -> false);

    void start() {
        redis.subscribe(channelKey(), this::receive);
    }

    void onEnded(@Observes SessionEnded ended) {
        if (settings.clusterEnabled() && !replaying.get()) {
            publish(Json.createObjectBuilder().add("kind", "ended").add("session_id", ended.sessionId())
                    .add("account_id", ended.accountId()).add("reason", ended.reason())
                    .add("character_id", ended.characterId() == null ? -1 : ended.characterId()).build());
        }
    }

    void onSelected(@Observes CharacterSelected selected) {
        if (settings.clusterEnabled() && !replaying.get()) {
            publish(Json.createObjectBuilder().add("kind", "selected").add("session_id", selected.sessionId())
                    .add("character_id", selected.characterId())
                    .add("previous", selected.previousCharacterId() == null ? -1 : selected.previousCharacterId()).build());
        }
    }

    void onAttached(@Observes SessionAttached attached) {
        if (settings.clusterEnabled()) {
            publish(Json.createObjectBuilder().add("kind", "attached").add("session_id", attached.sessionId()).build());
        }
    }

    private void publish(JsonObject event) {
        redis.publish(channelKey(), Json.createObjectBuilder(event).add("origin", settings.nodeName()).build().toString());
    }

    private void receive(String text) {
        JsonObject event = Json.createReader(new StringReader(text)).readObject();
        if (settings.nodeName().equals(event.getString("origin"))) {
            return;
        }
        String sessionId = event.getString("session_id");
        replaying.set(true);
        try {
            switch (event.getString("kind")) {
                case "ended" -> {
                    sessions.forgetEnded(sessionId, event.getString("reason"));
                    long characterId = event.getJsonNumber("character_id").longValue();
                    endedEvents.fire(new SessionEnded(sessionId, event.getJsonNumber("account_id").longValue(),
                            characterId < 0 ? null : characterId, event.getString("reason")));
                }
                case "selected" -> {
                    long characterId = event.getJsonNumber("character_id").longValue();
                    long previous = event.getJsonNumber("previous").longValue();
                    sessions.adoptSelection(sessionId, characterId);
                    selectedEvents.fire(new CharacterSelected(sessionId, characterId, previous < 0 ? null : previous));
                }
                case "attached" -> lifecycle.releaseToAnotherNode(sessionId);
                default -> { }
            }
        } finally {
            replaying.set(false);
        }
    }
}
