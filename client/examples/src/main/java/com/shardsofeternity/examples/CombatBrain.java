package com.shardsofeternity.examples;

import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.CombatParticipant;
import com.shardsofeternity.protocol.message.CombatStart;
import com.shardsofeternity.protocol.message.CombatState;
import com.shardsofeternity.protocol.model.CharacterView;
import com.shardsofeternity.protocol.model.InventoryItem;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Plays one character's turns from its handlers: drinks a potion when badly hurt, throws its bomb
 * once, casts its first ability every third turn, raises its guard now and then, otherwise attacks;
 * a cautious fighter flees when nearly beaten. A refused action is reported and replaced by an attack.
 */
final class CombatBrain {

    private static final long HEALING_POTION = 1;
    private static final long FIRE_BOMB = 2;

    private final GameClient self;
    private final CharacterView character;
    private final long opponentId;
    private final boolean cautious;
    private final Demo demo;
    private int potions;
    private boolean hasBomb;
    private int turnsTaken;

    CombatBrain(GameClient self, CharacterView character, long opponentId, boolean cautious, Demo demo) {
        this.self = self;
        this.character = character;
        this.opponentId = opponentId;
        this.cautious = cautious;
        this.demo = demo;
        this.potions = quantity(character.inventory(), HEALING_POTION);
        this.hasBomb = quantity(character.inventory(), FIRE_BOMB) > 0;
    }

    /** From now on, this brain answers every turn of its character. */
    void attach() {
        self.registerHandler(MessageTypes.COMBAT_START, CombatStart.class,
                start -> onTurn(start.combatId(), start.activeCharacterId(), start.participants()));
        self.registerHandler(MessageTypes.COMBAT_STATE, CombatState.class, state -> {
            if (!Boolean.TRUE.equals(state.ended())) {
                onTurn(state.combatId(), state.activeCharacterId(), state.participants());
            }
        });
    }

    private void onTurn(String combatId, Long activeCharacterId, List<CombatParticipant> participants) {
        if (!character.id().equals(activeCharacterId)) {
            return;
        }
        turnsTaken++;
        CombatParticipant me = participants.stream().filter(p -> p.characterId().equals(character.id()))
                .findFirst().orElseThrow();
        double health = me.health() / (double) me.maxHealth();
        CompletableFuture<Void> action;
        if (cautious && health < 0.3) {
            action = self.flee(combatId);
        } else if (health < 0.5 && potions > 0) {
            potions--;
            action = self.useItem(combatId, HEALING_POTION);
        } else if (hasBomb) {
            hasBomb = false;
            action = self.useItem(combatId, FIRE_BOMB);
        } else if (turnsTaken % 3 == 0 && !character.abilities().isEmpty()) {
            action = self.castSpell(combatId, opponentId, character.abilities().get(0));
        } else if (turnsTaken % 5 == 0) {
            action = self.defend(combatId);
        } else {
            action = self.attack(combatId, opponentId);
        }
        action.exceptionally(refused -> {
            demo.say("  %s's action was refused (%s); attacking instead", character.name(), refused.getMessage());
            self.attack(combatId, opponentId);
            return null;
        });
    }

    private static int quantity(List<InventoryItem> inventory, long itemId) {
        return inventory == null ? 0 : inventory.stream().filter(item -> item.itemId() == itemId)
                .mapToInt(InventoryItem::quantity).sum();
    }
}
