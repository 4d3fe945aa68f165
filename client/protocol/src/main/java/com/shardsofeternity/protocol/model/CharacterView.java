package com.shardsofeternity.protocol.model;

import java.util.List;

/**
 * The protocol's {@code character} object. The first eight fields are PROTOCOL.md's; the combat stats,
 * abilities and inventory are additions the combat rules need.
 */
public record CharacterView(
        Long id,
        String name,
        String faction,
        Integer level,
        Integer health,
        Integer maxHealth,
        Long locationId,
        Position position,
        Integer attack,
        Integer defense,
        Integer agility,
        List<String> abilities,
        List<InventoryItem> inventory) {
}
