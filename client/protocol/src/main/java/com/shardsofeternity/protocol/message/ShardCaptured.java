package com.shardsofeternity.protocol.message;

/** A shard changed hands. */
public record ShardCaptured(
        Long shardId,
        String shardName,
        Long capturedByCharacterId,
        String capturedByCharacterName,
        String faction) {
}
