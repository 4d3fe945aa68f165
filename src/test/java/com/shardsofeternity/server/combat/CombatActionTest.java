package com.shardsofeternity.server.combat;

import static com.shardsofeternity.server.combat.CombatFixtures.AZURE;
import static com.shardsofeternity.server.combat.CombatFixtures.BLOOD_MEND;
import static com.shardsofeternity.server.combat.CombatFixtures.BLOOD_MEND_POWER;
import static com.shardsofeternity.server.combat.CombatFixtures.BOMB;
import static com.shardsofeternity.server.combat.CombatFixtures.BOMB_POWER;
import static com.shardsofeternity.server.combat.CombatFixtures.DATA;
import static com.shardsofeternity.server.combat.CombatFixtures.FLAME_LASH;
import static com.shardsofeternity.server.combat.CombatFixtures.FLAME_LASH_POWER;
import static com.shardsofeternity.server.combat.CombatFixtures.FROST_SPEAR;
import static com.shardsofeternity.server.combat.CombatFixtures.POTION;
import static com.shardsofeternity.server.combat.CombatFixtures.POTION_POWER;
import static com.shardsofeternity.server.combat.CombatFixtures.assertRefused;
import static com.shardsofeternity.server.combat.CombatFixtures.attack;
import static com.shardsofeternity.server.combat.CombatFixtures.attackWithoutTarget;
import static com.shardsofeternity.server.combat.CombatFixtures.combat;
import static com.shardsofeternity.server.combat.CombatFixtures.defend;
import static com.shardsofeternity.server.combat.CombatFixtures.fighter;
import static com.shardsofeternity.server.combat.CombatFixtures.item;
import static com.shardsofeternity.server.combat.CombatFixtures.spell;
import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.protocol.ErrorCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CombatActionTest {

    private static int healthOf(Combat combat, long id) {
        return combat.fighter(id).orElseThrow().health();
    }

    private static String lastLine(Combat combat) {
        var log = combat.stateView().combatLog();
        return log.get(log.size() - 1);
    }

    @Test
    void anAttackThatHitsDealsAttackPlusD6MinusDefence() {
        ScriptedRandom random = new ScriptedRandom().roll(0.10).die(4);
        Combat combat = combat(random,
                fighter(1, 0).agility(10).attack(12),
                fighter(2, 1).agility(10).defense(6).health(90, 90));

        combat.act(1, attack(2), DATA, 1);

        assertThat(healthOf(combat, 2)).isEqualTo(90 - (12 + 4 - 6));
        assertThat(lastLine(combat)).contains("for 10 damage").contains("(80/90)");
        assertThat(combat.drainHealthChanges()).containsExactly(2L);
        assertThat(random.usedUp()).isTrue();
    }

    @Test
    void atEqualAgilityAnAttackHitsBelow75PercentAndMissesFrom75Percent() {
        Combat hit = combat(new ScriptedRandom().roll(0.7499).die(1),
                fighter(1, 0).agility(10).attack(10), fighter(2, 1).agility(10).defense(0));
        Combat miss = combat(new ScriptedRandom().roll(0.75),
                fighter(1, 0).agility(10).attack(10), fighter(2, 1).agility(10).defense(0));

        hit.act(1, attack(2), DATA, 1);
        miss.act(1, attack(2), DATA, 1);

        assertThat(healthOf(hit, 2)).isEqualTo(89);
        assertThat(healthOf(miss, 2)).isEqualTo(100);
        assertThat(lastLine(miss)).contains("misses");
        assertThat(miss.drainHealthChanges()).isEmpty();
        assertThat(miss.stateView().turnNumber()).isEqualTo(2);
    }

    @Test
    void eachPointOfAgilityOverTheTargetAddsTwoPercentToHit() {
        Combat hit = combat(new ScriptedRandom().roll(0.849).die(1),
                fighter(1, 0).agility(15), fighter(2, 1).agility(10));
        Combat miss = combat(new ScriptedRandom().roll(0.851),
                fighter(1, 0).agility(15), fighter(2, 1).agility(10));

        hit.act(1, attack(2), DATA, 1);
        miss.act(1, attack(2), DATA, 1);

        assertThat(healthOf(hit, 2)).isLessThan(100);
        assertThat(healthOf(miss, 2)).isEqualTo(100);
    }

    @Test
    void eachPointOfAgilityUnderTheTargetTakesTwoPercentFromHit() {
        Combat hit = combat(new ScriptedRandom().roll(0.649).die(1),
                fighter(1, 0).agility(15), fighter(2, 1).agility(20));
        Combat miss = combat(new ScriptedRandom().roll(0.651),
                fighter(1, 0).agility(15), fighter(2, 1).agility(20));
        hit.timeOut(1);
        miss.timeOut(1);

        hit.act(1, attack(2), DATA, 2);
        miss.act(1, attack(2), DATA, 2);

        assertThat(healthOf(hit, 2)).isLessThan(100);
        assertThat(healthOf(miss, 2)).isEqualTo(100);
    }

    @Test
    void theHitChanceNeverExceeds95Percent() {
        Combat miss = combat(new ScriptedRandom().roll(0.951),
                fighter(1, 0).agility(40), fighter(2, 1).agility(0));
        Combat hit = combat(new ScriptedRandom().roll(0.949).die(1),
                fighter(1, 0).agility(40), fighter(2, 1).agility(0));

        miss.act(1, attack(2), DATA, 1);
        hit.act(1, attack(2), DATA, 1);

        assertThat(healthOf(miss, 2)).isEqualTo(100);
        assertThat(healthOf(hit, 2)).isLessThan(100);
    }

    @Test
    void theHitChanceNeverFallsBelow50Percent() {
        Combat hit = combat(new ScriptedRandom().roll(0.499).die(1),
                fighter(1, 0).agility(0), fighter(2, 1).agility(40));
        Combat miss = combat(new ScriptedRandom().roll(0.501),
                fighter(1, 0).agility(0), fighter(2, 1).agility(40));
        hit.timeOut(1);
        miss.timeOut(1);

        hit.act(1, attack(2), DATA, 2);
        miss.act(1, attack(2), DATA, 2);

        assertThat(healthOf(hit, 2)).isLessThan(100);
        assertThat(healthOf(miss, 2)).isEqualTo(100);
    }

    @Test
    void aHitAlwaysDealsAtLeastOneDamage() {
        Combat combat = combat(new ScriptedRandom().roll(0.0).die(1),
                fighter(1, 0).attack(3), fighter(2, 1).defense(30));

        combat.act(1, attack(2), DATA, 1);

        assertThat(healthOf(combat, 2)).isEqualTo(99);
    }

    @Test
    void anAttackWithoutTargetIsAnInvalidMessageAndUsesNoTurn() {
        ScriptedRandom random = new ScriptedRandom();
        Combat combat = combat(random, fighter(1, 0).agility(12), fighter(2, 1));

        assertRefused(ErrorCode.INVALID_MESSAGE, () -> combat.act(1, attackWithoutTarget(), DATA, 1));

        assertThat(combat.activeCharacterId()).isEqualTo(1L);
        assertThat(combat.stateView().turnNumber()).isEqualTo(1);
    }

    @Test
    void attackingAnAllyOrSomeoneOutsideTheCombatIsForbidden() {
        Combat combat = combat(new ScriptedRandom(),
                fighter(1, 0).agility(12), fighter(3, 0), fighter(2, 1));

        assertRefused(ErrorCode.FORBIDDEN, () -> combat.act(1, attack(3), DATA, 1));
        assertRefused(ErrorCode.FORBIDDEN, () -> combat.act(1, attack(1), DATA, 1));
        assertRefused(ErrorCode.FORBIDDEN, () -> combat.act(1, attack(77), DATA, 1));
        assertThat(combat.stateView().turnNumber()).isEqualTo(1);
    }

    @Test
    void aDefeatedOpponentCanNoLongerBeTargeted() {
        Combat combat = combat(new ScriptedRandom().roll(0.0).die(6),
                fighter(1, 0).agility(12).attack(30),
                fighter(2, 1).agility(11).health(3, 90),
                fighter(3, 1).agility(10),
                fighter(4, 0).agility(9));
        combat.act(1, attack(2), DATA, 1);
        combat.timeOut(2);
        combat.timeOut(3);

        assertThat(combat.activeCharacterId()).isEqualTo(1L);
        assertRefused(ErrorCode.FORBIDDEN, () -> combat.act(1, attack(2), DATA, 4));
    }

    @Test
    void defendingHalvesDamageUntilTheDefendersNextTurn() {
        ScriptedRandom random = new ScriptedRandom()
                .roll(0.0).die(6)
                .roll(0.0).die(6);
        Combat combat = combat(random,
                fighter(1, 0).agility(10).defense(4),
                fighter(2, 1).agility(10).attack(12));

        combat.act(1, defend(), DATA, 1);
        assertThat(combat.fighter(1).orElseThrow().isDefending()).isTrue();
        combat.act(2, attack(1), DATA, 2);
        assertThat(healthOf(combat, 1)).isEqualTo(100 - (12 + 6 - 4) / 2);

        assertThat(combat.activeCharacterId()).isEqualTo(1L);
        assertThat(combat.fighter(1).orElseThrow().isDefending()).isFalse();
        combat.timeOut(3);
        combat.act(2, attack(1), DATA, 4);

        assertThat(healthOf(combat, 1)).isEqualTo(93 - 14);
    }

    @Test
    void defendingLastsThroughEveryOpponentTurnBeforeTheDefendersNext() {
        ScriptedRandom random = new ScriptedRandom()
                .roll(0.0).die(6)
                .roll(0.0).die(6);
        Combat combat = combat(random,
                fighter(1, 0).agility(12).defense(4),
                fighter(2, 1).agility(11).attack(12),
                fighter(3, 1).agility(10).attack(12));

        combat.act(1, defend(), DATA, 1);
        combat.act(2, attack(1), DATA, 2);
        combat.act(3, attack(1), DATA, 3);

        assertThat(healthOf(combat, 1)).isEqualTo(100 - 7 - 7);
    }

    @Test
    void halvedDamageRoundsDownButIsAtLeastOne() {
        ScriptedRandom random = new ScriptedRandom()
                .roll(0.0).die(1)
                .roll(0.0).die(2);
        Combat combat = combat(random,
                fighter(1, 0).agility(12).defense(10),
                fighter(2, 1).agility(11).attack(10),
                fighter(3, 1).agility(10).attack(10));

        combat.act(1, defend(), DATA, 1);
        combat.act(2, attack(1), DATA, 2);
        assertThat(healthOf(combat, 1)).isEqualTo(99);
        combat.act(3, attack(1), DATA, 3);
        assertThat(healthOf(combat, 1)).isEqualTo(98);
    }

    @Test
    void aDamagingSpellDealsPowerPlusTwiceLevelPlusD6MinusHalfDefence() {
        ScriptedRandom random = new ScriptedRandom().roll(0.899).die(2);
        Combat combat = combat(random,
                fighter(1, 0).level(3),
                fighter(2, 1).faction(AZURE).defense(7));

        combat.act(1, spell(FLAME_LASH, 2L), DATA, 1);

        assertThat(healthOf(combat, 2)).isEqualTo(100 - (FLAME_LASH_POWER + 2 * 3 + 2 - 7 / 2));
        assertThat(lastLine(combat)).contains(FLAME_LASH);
        assertThat(random.usedUp()).isTrue();
    }

    @Test
    void aDamagingSpellMissesFrom90PercentWhateverTheAgility() {
        Combat combat = combat(new ScriptedRandom().roll(0.9),
                fighter(1, 0).agility(0),
                fighter(2, 1).faction(AZURE).agility(40));
        combat.timeOut(1);

        combat.act(1, spell(FLAME_LASH, 2L), DATA, 2);

        assertThat(healthOf(combat, 2)).isEqualTo(100);
        assertThat(lastLine(combat)).contains("misses");
    }

    @Test
    void aDamagingSpellDealsAtLeastOne() {
        Combat combat = combat(new ScriptedRandom().roll(0.0).die(1),
                fighter(1, 0).level(1),
                fighter(2, 1).faction(AZURE).defense(200));

        combat.act(1, spell(FLAME_LASH, 2L), DATA, 1);

        assertThat(healthOf(combat, 2)).isEqualTo(99);
    }

    @Test
    void aDamagingSpellNeedsAnOpponentAsTarget() {
        Combat combat = combat(new ScriptedRandom(), fighter(1, 0), fighter(2, 1).faction(AZURE));

        assertRefused(ErrorCode.INVALID_MESSAGE, () -> combat.act(1, spell(FLAME_LASH, null), DATA, 1));
        assertRefused(ErrorCode.FORBIDDEN, () -> combat.act(1, spell(FLAME_LASH, 1L), DATA, 1));
        assertThat(healthOf(combat, 1)).isEqualTo(100);
    }

    @Test
    void aHealingSpellRestoresPowerPlusD6ToTheCasterWhenNoTargetIsGiven() {
        ScriptedRandom random = new ScriptedRandom().die(3);
        Combat combat = combat(random, fighter(1, 0).health(60, 100), fighter(2, 1));

        combat.act(1, spell(BLOOD_MEND, null), DATA, 1);

        assertThat(healthOf(combat, 1)).isEqualTo(60 + BLOOD_MEND_POWER + 3);
        assertThat(lastLine(combat)).contains("restoring 18 health").contains("(78/100)");
        assertThat(combat.drainHealthChanges()).containsExactly(1L);
        assertThat(random.usedUp()).isTrue();
    }

    @Test
    void healingNeverGoesAboveMaxHealth() {
        Combat combat = combat(new ScriptedRandom().die(6), fighter(1, 0).health(95, 100), fighter(2, 1));

        combat.act(1, spell(BLOOD_MEND, null), DATA, 1);

        assertThat(healthOf(combat, 1)).isEqualTo(100);
        assertThat(lastLine(combat)).contains("restoring 5 health");
    }

    @Test
    void aHealingSpellMayTargetAnAllyButNotAnOpponent() {
        Combat combat = combat(new ScriptedRandom().die(1),
                fighter(1, 0).agility(12),
                fighter(3, 0).health(40, 100),
                fighter(2, 1).health(40, 100));

        assertRefused(ErrorCode.FORBIDDEN, () -> combat.act(1, spell(BLOOD_MEND, 2L), DATA, 1));
        combat.act(1, spell(BLOOD_MEND, 3L), DATA, 1);

        assertThat(healthOf(combat, 3)).isEqualTo(40 + BLOOD_MEND_POWER + 1);
        assertThat(healthOf(combat, 2)).isEqualTo(40);
    }

    @Test
    void aSpellOutsideTheCastersFactionIsForbidden() {
        Combat combat = combat(new ScriptedRandom(), fighter(1, 0), fighter(2, 1).faction(AZURE));

        assertRefused(ErrorCode.FORBIDDEN, () -> combat.act(1, spell(FROST_SPEAR, 2L), DATA, 1));
        assertRefused(ErrorCode.FORBIDDEN, () -> combat.act(1, spell("Meteor", 2L), DATA, 1));
        assertThat(combat.stateView().turnNumber()).isEqualTo(1);
        assertThat(healthOf(combat, 2)).isEqualTo(100);
    }

    @Test
    void aSpellWithoutAbilityNameIsAnInvalidMessage() {
        Combat combat = combat(new ScriptedRandom(), fighter(1, 0), fighter(2, 1));

        assertRefused(ErrorCode.INVALID_MESSAGE, () -> combat.act(1, spell(null, 2L), DATA, 1));
        assertRefused(ErrorCode.INVALID_MESSAGE, () -> combat.act(1, spell(" ", 2L), DATA, 1));
    }

    @Test
    void aHealingPotionRestoresItsPowerCappedAndIsUsedUp() {
        ScriptedRandom random = new ScriptedRandom();
        Combat combat = combat(random,
                fighter(1, 0).agility(12).health(50, 100).items(Map.of(POTION, 2)),
                fighter(2, 1).agility(10));

        combat.act(1, item(POTION, null), DATA, 1);

        assertThat(healthOf(combat, 1)).isEqualTo(50 + POTION_POWER);
        assertThat(combat.drainItemsUsed()).containsExactly(1L, POTION);
        assertThat(combat.drainItemsUsed()).isEmpty();
        assertThat(combat.fighter(1).orElseThrow().hasItem(POTION)).isTrue();

        combat.timeOut(2);
        combat.act(1, item(POTION, null), DATA, 3);

        assertThat(healthOf(combat, 1)).isEqualTo(100);
        assertThat(combat.fighter(1).orElseThrow().hasItem(POTION)).isFalse();
        combat.timeOut(4);
        assertRefused(ErrorCode.FORBIDDEN, () -> combat.act(1, item(POTION, null), DATA, 5));
        assertThat(random.usedUp()).isTrue();
    }

    @Test
    void aFireBombDealsItsPowerToTheChosenOpponentOrElseTheFirstOne() {
        Combat chosen = combat(new ScriptedRandom(),
                fighter(1, 0).agility(12).items(Map.of(BOMB, 1)),
                fighter(2, 1).defense(20),
                fighter(3, 1).defense(20));
        Combat unchosen = combat(new ScriptedRandom(),
                fighter(1, 0).agility(12).items(Map.of(BOMB, 1)),
                fighter(3, 1).defense(20),
                fighter(2, 1).defense(20));

        chosen.act(1, item(BOMB, 3L), DATA, 1);
        unchosen.act(1, item(BOMB, null), DATA, 1);

        assertThat(healthOf(chosen, 3)).isEqualTo(100 - BOMB_POWER);
        assertThat(healthOf(chosen, 2)).isEqualTo(100);
        assertThat(healthOf(unchosen, 2)).isEqualTo(100 - BOMB_POWER);
        assertThat(healthOf(unchosen, 3)).isEqualTo(100);
    }

    @Test
    void anItemTheFighterDoesNotCarryOrThatDoesNotExistIsForbidden() {
        Combat combat = combat(new ScriptedRandom(),
                fighter(1, 0).agility(12).items(Map.of(POTION, 1)),
                fighter(2, 1));

        assertRefused(ErrorCode.FORBIDDEN, () -> combat.act(1, item(BOMB, 2L), DATA, 1));
        assertRefused(ErrorCode.FORBIDDEN, () -> combat.act(1, item(99L, 2L), DATA, 1));
        assertThat(combat.drainItemsUsed()).isEmpty();
        assertThat(combat.stateView().turnNumber()).isEqualTo(1);
    }

    @Test
    void anItemActionWithoutItemIdIsAnInvalidMessage() {
        Combat combat = combat(new ScriptedRandom(), fighter(1, 0).items(Map.of(POTION, 1)), fighter(2, 1));

        assertRefused(ErrorCode.INVALID_MESSAGE, () -> combat.act(1, item(null, null), DATA, 1));
    }

    @Test
    void anItemRefusedForItsTargetIsNotUsedUp() {
        Combat combat = combat(new ScriptedRandom(),
                fighter(1, 0).agility(12).items(Map.of(BOMB, 1, POTION, 1)),
                fighter(3, 0),
                fighter(2, 1));

        assertRefused(ErrorCode.FORBIDDEN, () -> combat.act(1, item(BOMB, 3L), DATA, 1));
        assertRefused(ErrorCode.FORBIDDEN, () -> combat.act(1, item(POTION, 2L), DATA, 1));

        assertThat(combat.fighter(1).orElseThrow().hasItem(BOMB)).isTrue();
        assertThat(combat.fighter(1).orElseThrow().hasItem(POTION)).isTrue();
        assertThat(combat.drainItemsUsed()).isEmpty();
        assertThat(combat.activeCharacterId()).isEqualTo(1L);
    }
}
