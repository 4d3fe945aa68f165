package com.shardsofeternity.server.chat;

import java.util.Locale;
import java.util.Optional;

/** The chat channels. */
public enum ChatChannel {
    GLOBAL, LOCATION, FACTION, PARTY, WHISPER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChatChannel> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (ChatChannel channel : values()) {
            if (channel.wireName().equals(name)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
