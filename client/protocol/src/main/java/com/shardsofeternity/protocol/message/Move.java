package com.shardsofeternity.protocol.message;

/** Travel from the current location to one of its neighbors. */
public record Move(Long fromLocationId, Long toLocationId) {
}
