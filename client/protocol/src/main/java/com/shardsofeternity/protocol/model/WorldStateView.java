package com.shardsofeternity.protocol.model;

import java.util.List;

/** The protocol's {@code world_state}, served over REST and pushed as the {@code world_state} message. */
public record WorldStateView(
        String currentReality,
        Double realityStability,
        Integer onlinePlayers,
        List<ShardView> shards,
        Long timestamp) {
}
