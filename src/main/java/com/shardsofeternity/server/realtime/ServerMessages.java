package com.shardsofeternity.server.realtime;

import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageType;
import com.shardsofeternity.protocol.MessageTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Builds {@link ServerMessage}s: the registered priority, the current timestamp, the payload encoded once. */
@ApplicationScoped
public class ServerMessages {

    @Inject
    MessageCodec codec;
    @Inject
    MessageTypes types;
    @Inject
    Clock clock;

    public ServerMessage of(String type, Object payload) {
        return of(type, payload, null);
    }

    public ServerMessage of(String type, Object payload, String coalesceKey) {
        MessageType messageType = types.get(type);
        String body = codec.encodeServerBody(messageType.name(), messageType.priority(), payload, clock.millis());
        return new ServerMessage(messageType.name(), messageType.priority(), body, coalesceKey);
    }

    /** With a priority other than the type's own (whispers are {@code high} chat). */
    public ServerMessage withPriority(String type, com.shardsofeternity.protocol.Priority priority, Object payload) {
        MessageType messageType = types.get(type);
        String body = codec.encodeServerBody(messageType.name(), priority, payload, clock.millis());
        return new ServerMessage(messageType.name(), priority, body, null);
    }

    /** A complete frame for messages that carry no {@code seq} ({@code auth_response}, {@code pong}). */
    public String unsequenced(String type, Object payload) {
        return codec.encodeServerBody(type, payload, clock.millis());
    }
}
