package com.shardsofeternity.protocol.model;

/** The protocol's {@code shard}; {@code owningFaction} and {@code capturedAt} are null while unowned. */
public record ShardView(Long id, String name, Long locationId, String owningFaction, Long capturedAt) {
}
