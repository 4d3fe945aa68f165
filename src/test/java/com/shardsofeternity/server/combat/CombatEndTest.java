package com.shardsofeternity.server.combat;

import static com.shardsofeternity.server.combat.CombatFixtures.DATA;
import static com.shardsofeternity.server.combat.CombatFixtures.assertRefused;
import static com.shardsofeternity.server.combat.CombatFixtures.attack;
import static com.shardsofeternity.server.combat.CombatFixtures.combat;
import static com.shardsofeternity.server.combat.CombatFixtures.defend;
import static com.shardsofeternity.server.combat.CombatFixtures.fighter;
import static com.shardsofeternity.server.combat.CombatFixtures.flee;
import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.message.CombatParticipant;
import com.shardsofeternity.protocol.message.CombatState;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CombatEndTest {

    @Test
    void aSuccessfulFleeInAOneOnOneEndsTheCombatWithTheOpponentAsWinner() {
        ScriptedRandom random = new ScriptedRandom().roll(0.49);
        Combat combat = combat(random, fighter(1, 0).agility(10), fighter(2, 1).agility(10));

        combat.act(1, flee(), DATA, 1);

        CombatState state = combat.stateView();
        assertThat(state.ended()).isTrue();
        assertThat(state.winnerIds()).containsExactly(2L);
        assertThat(state.activeCharacterId()).isNull();
        assertThat(state.participants()).extracting(CombatParticipant::status).containsExactly("fled", "active");
        assertThat(combat.isEnded()).isTrue();
        assertThat(random.usedUp()).isTrue();
    }

    @Test
    void atEqualAgilityFleeingFailsFrom50PercentAndTheTurnPasses() {
        Combat combat = combat(new ScriptedRandom().roll(0.5), fighter(1, 0).agility(10), fighter(2, 1).agility(10));

        combat.act(1, flee(), DATA, 1);

        assertThat(combat.isEnded()).isFalse();
        assertThat(combat.fighter(1).orElseThrow().isActive()).isTrue();
        assertThat(combat.activeCharacterId()).isEqualTo(2L);
        assertThat(combat.stateView().turnNumber()).isEqualTo(2);
    }

    @Test
    void theFleeChanceComparesWithTheFastestOpponentStillFighting() {
        // 50% + 3% x (10 - 16) = 32%; against the slower opponent it would be 68%
        Combat fails = combat(new ScriptedRandom().roll(0.33),
                fighter(1, 0).agility(10), fighter(2, 1).agility(4), fighter(3, 1).agility(16));
        Combat succeeds = combat(new ScriptedRandom().roll(0.31),
                fighter(1, 0).agility(10), fighter(2, 1).agility(4), fighter(3, 1).agility(16));
        fails.timeOut(1);
        succeeds.timeOut(1);

        fails.act(1, flee(), DATA, 2);
        succeeds.act(1, flee(), DATA, 2);

        assertThat(fails.fighter(1).orElseThrow().isActive()).isTrue();
        assertThat(succeeds.fighter(1).orElseThrow().status()).isEqualTo(Fighter.Status.FLED);
    }

    @Test
    void aDefeatedOpponentDoesNotCountAsTheFastest() {
        ScriptedRandom random = new ScriptedRandom().roll(0.0).die(6).roll(0.55);
        Combat combat = combat(random,
                fighter(4, 0).agility(30).attack(50),
                fighter(3, 1).agility(20).health(5, 100),
                fighter(1, 0).agility(8),
                fighter(2, 1).agility(4));
        combat.act(4, attack(3), DATA, 1);

        combat.act(1, flee(), DATA, 2);

        assertThat(combat.fighter(1).orElseThrow().status()).isEqualTo(Fighter.Status.FLED);
    }

    @Test
    void theFleeChanceStaysWithin20And90Percent() {
        Combat quickFails = combat(new ScriptedRandom().roll(0.91), fighter(1, 0).agility(50), fighter(2, 1).agility(0));
        Combat quickSucceeds = combat(new ScriptedRandom().roll(0.89), fighter(1, 0).agility(50), fighter(2, 1).agility(0));
        Combat slowSucceeds = combat(new ScriptedRandom().roll(0.19), fighter(1, 0).agility(0), fighter(2, 1).agility(50));
        Combat slowFails = combat(new ScriptedRandom().roll(0.21), fighter(1, 0).agility(0), fighter(2, 1).agility(50));
        slowSucceeds.timeOut(1);
        slowFails.timeOut(1);

        quickFails.act(1, flee(), DATA, 2);
        quickSucceeds.act(1, flee(), DATA, 2);
        slowSucceeds.act(1, flee(), DATA, 2);
        slowFails.act(1, flee(), DATA, 2);

        assertThat(quickFails.isEnded()).isFalse();
        assertThat(quickSucceeds.isEnded()).isTrue();
        assertThat(slowSucceeds.isEnded()).isTrue();
        assertThat(slowFails.isEnded()).isFalse();
    }

    @Test
    void whenOneOfTwoAlliesFleesTheCombatGoesOnWithoutThem() {
        Combat combat = combat(new ScriptedRandom().roll(0.0),
                fighter(1, 0).agility(12),
                fighter(3, 0).agility(11),
                fighter(2, 1).agility(10));

        combat.act(1, flee(), DATA, 1);
        combat.act(3, defend(), DATA, 2);
        combat.act(2, defend(), DATA, 3);

        assertThat(combat.isEnded()).isFalse();
        assertThat(combat.activeCharacterId()).isEqualTo(3L);
        assertThat(combat.stateView().turnNumber()).isEqualTo(4);
        assertRefused(ErrorCode.NOT_YOUR_TURN, () -> combat.act(1, defend(), DATA, 4));
        assertRefused(ErrorCode.FORBIDDEN, () -> combat.act(3, attack(1), DATA, 4));
    }

    @Test
    void defeatingTheLastOpponentEndsTheCombatWithTheSurvivorsAsWinners() {
        ScriptedRandom random = new ScriptedRandom().roll(0.0).die(6);
        Combat combat = combat(random,
                fighter(1, 0).agility(12).attack(40),
                fighter(3, 0).agility(11),
                fighter(2, 1).agility(10).health(20, 100).defense(0));

        combat.act(1, attack(2), DATA, 1);

        CombatState state = combat.stateView();
        assertThat(state.ended()).isTrue();
        assertThat(state.winnerIds()).containsExactlyInAnyOrder(1L, 3L);
        assertThat(state.participants()).filteredOn(p -> p.characterId() == 2L)
                .singleElement().satisfies(p -> {
                    assertThat(p.health()).isZero();
                    assertThat(p.status()).isEqualTo("defeated");
                });
        assertThat(state.combatLog()).last().asString().contains("Victory").contains("Fighter1").contains("Fighter3");
        assertThat(state.turnNumber()).isEqualTo(1);
    }

    @Test
    void anAllyWhoFledIsNotAmongTheWinners() {
        ScriptedRandom random = new ScriptedRandom().roll(0.0).roll(0.0).die(6);
        Combat combat = combat(random,
                fighter(3, 0).agility(12),
                fighter(1, 0).agility(11).attack(40),
                fighter(2, 1).agility(10).health(20, 100).defense(0));

        combat.act(3, flee(), DATA, 1);
        combat.act(1, attack(2), DATA, 2);

        assertThat(combat.stateView().winnerIds()).containsExactly(1L);
    }

    @Test
    void nobodyMayActOnceTheCombatHasEnded() {
        Combat combat = combat(new ScriptedRandom().roll(0.0),
                fighter(1, 0).agility(12), fighter(2, 1).agility(10));
        combat.act(1, flee(), DATA, 1);

        assertRefused(ErrorCode.FORBIDDEN, () -> combat.act(2, defend(), DATA, 2));
        assertRefused(ErrorCode.FORBIDDEN, () -> combat.act(1, defend(), DATA, 2));
    }

    @Test
    void aWholeCombatPlaysOutTheSameWayForTheSameSeed() {
        CombatState first = fightToTheEnd(42);
        CombatState second = fightToTheEnd(42);

        assertThat(first.ended()).isTrue();
        assertThat(first.winnerIds()).hasSize(1);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void differentSeedsGiveDifferentCombats() {
        assertThat(fightToTheEnd(1).combatLog()).isNotEqualTo(fightToTheEnd(2).combatLog());
    }

    private static CombatState fightToTheEnd(long seed) {
        Combat combat = combat(new SplittableRandom(seed),
                fighter(1, 0).agility(10).attack(12).defense(5).health(60, 60),
                fighter(2, 1).agility(10).attack(11).defense(6).health(60, 60));
        long now = 0;
        while (!combat.isEnded()) {
            long actor = combat.activeCharacterId();
            combat.act(actor, attack(actor == 1 ? 2 : 1), DATA, ++now);
            assertThat(now).as("a combat of two 60-health fighters ends within 200 turns").isLessThan(200);
        }
        return combat.stateView();
    }
}
