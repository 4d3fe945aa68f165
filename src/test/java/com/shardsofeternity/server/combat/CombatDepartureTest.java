package com.shardsofeternity.server.combat;

import static com.shardsofeternity.server.combat.CombatFixtures.DATA;
import static com.shardsofeternity.server.combat.CombatFixtures.attack;
import static com.shardsofeternity.server.combat.CombatFixtures.combat;
import static com.shardsofeternity.server.combat.CombatFixtures.defend;
import static com.shardsofeternity.server.combat.CombatFixtures.fighter;
import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.protocol.message.CombatParticipant;
import com.shardsofeternity.protocol.message.CombatState;
import org.junit.jupiter.api.Test;

/** A fighter who leaves the game for good counts as fled; the combat goes on without it or ends. */
class CombatDepartureTest {

    @Test
    void aWaitingFighterWhoLeavesAOneOnOneEndsItWithTheOtherAsWinner() {
        ScriptedRandom noRolls = new ScriptedRandom();
        Combat combat = combat(noRolls, fighter(1, 0).agility(12), fighter(2, 1).agility(10));

        assertThat(combat.withdraw(2, 5)).isTrue();

        CombatState state = combat.stateView();
        assertThat(state.ended()).isTrue();
        assertThat(state.winnerIds()).containsExactly(1L);
        assertThat(state.activeCharacterId()).isNull();
        assertThat(state.turnNumber()).isEqualTo(1);
        assertThat(state.participants()).extracting(CombatParticipant::status).containsExactly("active", "fled");
        assertThat(state.combatLog()).endsWith("Fighter2 has left the game and flees the battle.",
                "The combat ends. Victory to Fighter1.");
        assertThat(combat.isEnded()).isTrue();
    }

    @Test
    void theActiveFighterWhoLeavesAOneOnOneEndsItToo() {
        Combat combat = combat(new ScriptedRandom(), fighter(1, 0).agility(12), fighter(2, 1).agility(10));

        combat.withdraw(1, 5);

        assertThat(combat.stateView().ended()).isTrue();
        assertThat(combat.stateView().winnerIds()).containsExactly(2L);
    }

    @Test
    void whenTheActiveFighterLeavesTheTurnPassesAtOnceAndTheClockRestarts() {
        Combat combat = combat(new ScriptedRandom(),
                fighter(1, 0).agility(12),
                fighter(3, 0).agility(11),
                fighter(2, 1).agility(10));

        combat.withdraw(1, 5_000);

        assertThat(combat.isEnded()).isFalse();
        assertThat(combat.activeCharacterId()).isEqualTo(3L);
        assertThat(combat.stateView().turnNumber()).isEqualTo(2);
        assertThat(combat.turnStartedAt()).isEqualTo(5_000);
    }

    @Test
    void whenAWaitingFighterLeavesTheTurnStaysAndItsTurnsAreSkippedFromThenOn() {
        Combat combat = combat(new ScriptedRandom(),
                fighter(1, 0).agility(12),
                fighter(3, 0).agility(11),
                fighter(2, 1).agility(10));

        combat.withdraw(3, 5_000);

        assertThat(combat.activeCharacterId()).isEqualTo(1L);
        assertThat(combat.stateView().turnNumber()).isEqualTo(1);
        assertThat(combat.turnStartedAt()).isZero();
        combat.act(1, defend(), DATA, 6_000);
        assertThat(combat.activeCharacterId()).isEqualTo(2L);
        combat.act(2, defend(), DATA, 7_000);
        assertThat(combat.activeCharacterId()).isEqualTo(1L);
        assertThat(combat.stateView().turnNumber()).isEqualTo(3);
    }

    @Test
    void theSideThatLostAFighterToDepartureStillWinsIfItsOthersStand() {
        ScriptedRandom random = new ScriptedRandom().roll(0.0).die(6);
        Combat combat = combat(random,
                fighter(1, 0).agility(12).attack(40),
                fighter(3, 0).agility(11),
                fighter(2, 1).agility(10).health(20, 100).defense(0));
        combat.withdraw(3, 1);

        combat.act(1, attack(2), DATA, 2);

        assertThat(combat.stateView().winnerIds()).containsExactly(1L);
    }

    @Test
    void leavingChangesNothingForSomeoneOutOfTheFightOrOnceItIsOver() {
        ScriptedRandom random = new ScriptedRandom().roll(0.0).die(6);
        Combat combat = combat(random,
                fighter(1, 0).agility(12).attack(40),
                fighter(3, 1).agility(11).health(10, 100).defense(0),
                fighter(2, 1).agility(10));
        combat.act(1, attack(3), DATA, 1);
        CombatState before = combat.stateView();

        assertThat(combat.withdraw(3, 2)).as("a defeated fighter").isFalse();
        assertThat(combat.withdraw(99, 2)).as("someone not in the combat").isFalse();
        assertThat(combat.stateView()).isEqualTo(before);
        assertThat(combat.fighter(3).orElseThrow().status()).isEqualTo(Fighter.Status.DEFEATED);

        assertThat(combat.withdraw(2, 3)).isTrue();
        assertThat(combat.withdraw(2, 4)).as("twice").isFalse();
        assertThat(combat.withdraw(1, 4)).as("after the end").isFalse();
        assertThat(combat.stateView().winnerIds()).containsExactly(1L);
    }

    @Test
    void onlyFightersStillStandingInARunningCombatAreHeldByIt() {
        Combat combat = combat(new ScriptedRandom(),
                fighter(1, 0).agility(12),
                fighter(3, 0).agility(11),
                fighter(2, 1).agility(10));

        assertThat(combat.holds(1)).isTrue();
        assertThat(combat.holds(2)).isTrue();
        assertThat(combat.holds(99)).isFalse();
        combat.withdraw(3, 1);
        assertThat(combat.holds(3)).as("fled").isFalse();
        combat.withdraw(2, 2);
        assertThat(combat.holds(1)).as("the combat has ended").isFalse();
    }
}
