/**
 * The objects of PROTOCOL.md that REST answers carry and WebSocket messages embed: {@code character},
 * {@code world_state}, {@code shard}, {@code location}, {@code nearby_player}, {@code party}, and the
 * REST request and response bodies. Field names map to snake_case on the wire.
 */
package com.shardsofeternity.protocol.model;
