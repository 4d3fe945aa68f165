package com.shardsofeternity.protocol;

import java.util.Objects;

/**
 * One registered message type: its wire name, the record its payload binds to and the priority the
 * server sends it with.
 */
public record MessageType(String name, Class<?> model, Priority priority) {

    public MessageType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(priority, "priority");
        if (!name.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new IllegalArgumentException("a message type name is 1-64 of [A-Za-z0-9_.-]: " + name);
        }
    }
}
