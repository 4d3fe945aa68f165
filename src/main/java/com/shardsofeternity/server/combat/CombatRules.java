package com.shardsofeternity.server.combat;

import java.util.random.RandomGenerator;

/**
 * The numbers of combat, in one place:
 * <ul>
 * <li>attack: hits with 75% + 2% per point of agility over the target's (kept within 50-95%), for
 *     attack + d6 - defence (at least 1);</li>
 * <li>damage spell: hits 90%, for the ability's power + 2 × level + d6 - defence / 2;</li>
 * <li>healing spell or item: restores its power + d6 (items: their power), never above max health;</li>
 * <li>defend: halves damage taken until the defender's next turn;</li>
 * <li>flee: succeeds with 50% + 3% per point of agility over the fastest opponent's (20-90%).</li>
 * </ul>
 */
public final class CombatRules {

    private final RandomGenerator random;

    public CombatRules(RandomGenerator random) {
        this.random = random;
    }

    /** Damage of a basic attack, or 0 for a miss. */
    public int attack(Fighter attacker, Fighter target) {
        double hitChance = clamp(0.75 + 0.02 * (attacker.agility() - target.agility()), 0.5, 0.95);
        if (random.nextDouble() >= hitChance) {
            return 0;
        }
        return Math.max(1, attacker.attack() + d6() - target.defense());
    }

    /** Damage of a damaging ability, or 0 for a miss. */
    public int spellDamage(Fighter caster, int power, Fighter target) {
        if (random.nextDouble() >= 0.9) {
            return 0;
        }
        return Math.max(1, power + 2 * caster.level() + d6() - target.defense() / 2);
    }

    public int spellHealing(int power) {
        return power + d6();
    }

    public boolean flee(Fighter runner, int fastestOpponentAgility) {
        double chance = clamp(0.5 + 0.03 * (runner.agility() - fastestOpponentAgility), 0.2, 0.9);
        return random.nextDouble() < chance;
    }

    private int d6() {
        return 1 + random.nextInt(6);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
