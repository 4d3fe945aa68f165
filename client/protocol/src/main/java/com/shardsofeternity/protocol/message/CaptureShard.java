package com.shardsofeternity.protocol.message;

/** Claim a shard for the sender's faction. */
public record CaptureShard(Long shardId) {
}
