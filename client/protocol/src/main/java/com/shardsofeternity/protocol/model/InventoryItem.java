package com.shardsofeternity.protocol.model;

/** A stack of one consumable in a character's inventory. */
public record InventoryItem(Long itemId, String name, Integer quantity) {
}
