package com.shardsofeternity.server.combat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.message.CombatAction;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.world.GameData;
import com.shardsofeternity.server.world.WorldSeed;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** A small world and fighters to build combats from. */
final class CombatFixtures {

    static final String CRIMSON = "Crimson Covenant";
    static final String AZURE = "Azure Order";
    static final String FLAME_LASH = "Flame Lash";
    static final int FLAME_LASH_POWER = 12;
    static final String BLOOD_MEND = "Blood Mend";
    static final int BLOOD_MEND_POWER = 15;
    static final String FROST_SPEAR = "Frost Spear";
    static final long POTION = 1;
    static final int POTION_POWER = 30;
    static final long BOMB = 2;
    static final int BOMB_POWER = 25;
    static final String COMBAT_ID = "combat-1";

    static final GameData DATA = new GameData(new WorldSeed(
            1L,
            "Prime Reality",
            List.of(new WorldSeed.SeedLocation(1L, "Eternal Nexus", "the centre")),
            List.of(),
            List.of(),
            List.of(
                    new WorldSeed.SeedFaction(CRIMSON, "fire", 100, 12, 4, 10, List.of(
                            new WorldSeed.Ability(FLAME_LASH, "damage", FLAME_LASH_POWER),
                            new WorldSeed.Ability(BLOOD_MEND, "heal", BLOOD_MEND_POWER))),
                    new WorldSeed.SeedFaction(AZURE, "ice", 90, 10, 6, 10, List.of(
                            new WorldSeed.Ability(FROST_SPEAR, "damage", 10),
                            new WorldSeed.Ability("Tide Blessing", "heal", 20)))),
            List.of(
                    new WorldSeed.Item(POTION, "Healing Potion", "heal", POTION_POWER, 3),
                    new WorldSeed.Item(BOMB, "Fire Bomb", "damage", BOMB_POWER, 1))));

    private CombatFixtures() {
    }

    /** A fighter with the given stats and no items. */
    static FighterBuilder fighter(long id, int side) {
        return new FighterBuilder(id, side);
    }

    static Combat combat(RandomGenerator random, FighterBuilder... fighters) {
        return new Combat(COMBAT_ID, java.util.Arrays.stream(fighters).map(FighterBuilder::build).toList(),
                new CombatRules(random), 0);
    }

    static CombatAction attack(long targetId) {
        return new CombatAction(COMBAT_ID, "attack", targetId, null, null);
    }

    static CombatAction attackWithoutTarget() {
        return new CombatAction(COMBAT_ID, "attack", null, null, null);
    }

    static CombatAction spell(String ability, Long targetId) {
        return new CombatAction(COMBAT_ID, "spell", targetId, ability, null);
    }

    static CombatAction item(Long itemId, Long targetId) {
        return new CombatAction(COMBAT_ID, "item", targetId, null, itemId);
    }

    static CombatAction defend() {
        return new CombatAction(COMBAT_ID, "defend", null, null, null);
    }

    static CombatAction flee() {
        return new CombatAction(COMBAT_ID, "flee", null, null, null);
    }

    static void assertRefused(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GameException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.errorCode()).isEqualTo(code));
    }

    static final class FighterBuilder {
        private final long id;
        private final int side;
        private String faction = CRIMSON;
        private int level = 1;
        private int health = 100;
        private int maxHealth = 100;
        private int attack = 10;
        private int defense = 5;
        private int agility = 10;
        private Map<Long, Integer> items = Map.of();

        private FighterBuilder(long id, int side) {
            this.id = id;
            this.side = side;
        }

        FighterBuilder faction(String value) {
            faction = value;
            return this;
        }

        FighterBuilder level(int value) {
            level = value;
            return this;
        }

        FighterBuilder health(int current, int max) {
            health = current;
            maxHealth = max;
            return this;
        }

        FighterBuilder attack(int value) {
            attack = value;
            return this;
        }

        FighterBuilder defense(int value) {
            defense = value;
            return this;
        }

        FighterBuilder agility(int value) {
            agility = value;
            return this;
        }

        FighterBuilder items(Map<Long, Integer> value) {
            items = value;
            return this;
        }

        Fighter build() {
            return new Fighter(id, "Fighter" + id, faction, side, level, health, maxHealth, attack, defense, agility, items);
        }
    }
}
