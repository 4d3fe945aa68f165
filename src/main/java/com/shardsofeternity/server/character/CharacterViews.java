package com.shardsofeternity.server.character;

import com.shardsofeternity.protocol.model.CharacterView;
import com.shardsofeternity.protocol.model.InventoryItem;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import com.shardsofeternity.server.world.GameData;
import com.shardsofeternity.server.world.WorldSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns stored characters into the protocol's {@code character} and {@code nearby_player} objects. */
public final class CharacterViews {

    private CharacterViews() {
    }

    public static CharacterView view(PlayerCharacter character, GameData data) {
        List<String> abilities = data.faction(character.faction())
                .map(f -> f.abilities().stream().map(WorldSeed.Ability::name).toList())
                .orElse(List.of());
        List<InventoryItem> inventory = new ArrayList<>();
        for (Map.Entry<Long, Integer> stack : new java.util.TreeMap<>(character.items()).entrySet()) {
            String itemName = data.item(stack.getKey()).map(WorldSeed.Item::name).orElse("Unknown item");
            inventory.add(new InventoryItem(stack.getKey(), itemName, stack.getValue()));
        }
        CharacterStats stats = character.stats();
        return new CharacterView(character.id(), character.name(), character.faction(), character.level(),
                character.health(), character.maxHealth(), character.locationId(), character.position(),
                stats.attack(), stats.defense(), stats.agility(), abilities, inventory);
    }

    public static NearbyPlayer nearby(PlayerCharacter character) {
        return new NearbyPlayer(character.id(), character.name(), character.level(), character.faction(),
                character.locationId(), character.position(), character.lastSeenAt());
    }
}
