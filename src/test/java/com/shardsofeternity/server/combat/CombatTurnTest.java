package com.shardsofeternity.server.combat;

import static com.shardsofeternity.server.combat.CombatFixtures.assertRefused;
import static com.shardsofeternity.server.combat.CombatFixtures.attack;
import static com.shardsofeternity.server.combat.CombatFixtures.combat;
import static com.shardsofeternity.server.combat.CombatFixtures.defend;
import static com.shardsofeternity.server.combat.CombatFixtures.fighter;
import static com.shardsofeternity.server.combat.CombatFixtures.DATA;
import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.message.CombatStart;
import com.shardsofeternity.protocol.message.CombatState;
import java.util.List;
import org.junit.jupiter.api.Test;

class CombatTurnTest {

    @Test
    void turnOrderIsByAgilityThenLevelThenCharacterId() {
        Combat combat = combat(new ScriptedRandom(),
                fighter(5, 0).agility(8).level(1),
                fighter(4, 1).agility(8).level(2),
                fighter(3, 1).agility(12).level(1),
                fighter(2, 0).agility(8).level(2),
                fighter(1, 1).agility(7).level(9));

        CombatStart start = combat.startView();

        assertThat(start.turnOrder()).containsExactly(3L, 2L, 4L, 5L, 1L);
        assertThat(start.activeCharacterId()).isEqualTo(3L);
        assertThat(start.turnNumber()).isEqualTo(1);
        assertThat(start.combatId()).isEqualTo(CombatFixtures.COMBAT_ID);
    }

    @Test
    void theStartViewListsEveryParticipantWithHealth() {
        Combat combat = combat(new ScriptedRandom(),
                fighter(1, 0).health(70, 100),
                fighter(2, 1).health(90, 90));

        assertThat(combat.startView().participants())
                .extracting(p -> p.characterId() + ":" + p.health() + "/" + p.maxHealth() + ":" + p.status())
                .containsExactly("1:70/100:active", "2:90/90:active");
    }

    @Test
    void aParticipantWhoseTurnItIsNotGetsNotYourTurnAndNothingChanges() {
        Combat combat = combat(new ScriptedRandom(),
                fighter(1, 0).agility(12),
                fighter(2, 1).agility(10));
        List<String> logBefore = combat.stateView().combatLog();

        assertRefused(ErrorCode.NOT_YOUR_TURN, () -> combat.act(2, attack(1), DATA, 100));

        CombatState state = combat.stateView();
        assertThat(state.activeCharacterId()).isEqualTo(1L);
        assertThat(state.turnNumber()).isEqualTo(1);
        assertThat(state.combatLog()).isEqualTo(logBefore);
        assertThat(combat.fighter(1).orElseThrow().health()).isEqualTo(100);
    }

    @Test
    void someoneOutsideTheCombatIsForbidden() {
        Combat combat = combat(new ScriptedRandom(), fighter(1, 0), fighter(2, 1));

        assertRefused(ErrorCode.FORBIDDEN, () -> combat.act(99, attack(2), DATA, 100));
        assertThat(combat.stateView().turnNumber()).isEqualTo(1);
    }

    @Test
    void anUnknownActionTypeIsAnInvalidMessageAndTheTurnStays() {
        Combat combat = combat(new ScriptedRandom(), fighter(1, 0), fighter(2, 1));

        assertRefused(ErrorCode.INVALID_MESSAGE, () -> combat.act(1,
                new com.shardsofeternity.protocol.message.CombatAction(CombatFixtures.COMBAT_ID, "dance", 2L, null, null),
                DATA, 100));
        assertRefused(ErrorCode.INVALID_MESSAGE, () -> combat.act(1,
                new com.shardsofeternity.protocol.message.CombatAction(CombatFixtures.COMBAT_ID, null, 2L, null, null),
                DATA, 100));
        assertThat(combat.activeCharacterId()).isEqualTo(1L);
    }

    @Test
    void anActionPassesTheTurnToTheNextInOrderAndCountsIt() {
        Combat combat = combat(new ScriptedRandom(),
                fighter(1, 0).agility(12),
                fighter(2, 1).agility(10));

        combat.act(1, defend(), DATA, 5_000);

        CombatState state = combat.stateView();
        assertThat(state.activeCharacterId()).isEqualTo(2L);
        assertThat(state.turnNumber()).isEqualTo(2);
        assertThat(combat.turnStartedAt()).isEqualTo(5_000);
    }

    @Test
    void aTimeOutPassesTheTurnIncrementsTheTurnNumberAndIsLogged() {
        Combat combat = combat(new ScriptedRandom(),
                fighter(1, 0).agility(12),
                fighter(2, 1).agility(10));

        combat.timeOut(30_000);

        CombatState state = combat.stateView();
        assertThat(state.activeCharacterId()).isEqualTo(2L);
        assertThat(state.turnNumber()).isEqualTo(2);
        assertThat(state.ended()).isFalse();
        assertThat(state.combatLog()).last().asString().contains("Fighter1").contains("turn passes");
        assertThat(combat.turnStartedAt()).isEqualTo(30_000);
        assertThat(combat.fighter(1).orElseThrow().health()).isEqualTo(100);
    }

    @Test
    void turnsWrapAroundTheOrder() {
        Combat combat = combat(new ScriptedRandom(),
                fighter(1, 0).agility(5),
                fighter(2, 1).agility(9),
                fighter(3, 0).agility(7));

        combat.timeOut(1);
        combat.timeOut(2);
        assertThat(combat.activeCharacterId()).isEqualTo(1L);
        combat.timeOut(3);

        assertThat(combat.activeCharacterId()).isEqualTo(2L);
        assertThat(combat.stateView().turnNumber()).isEqualTo(4);
    }

    @Test
    void aDefeatedFighterIsSkippedInTheTurnOrder() {
        ScriptedRandom random = new ScriptedRandom().roll(0.0).die(6);
        Combat combat = combat(random,
                fighter(1, 0).agility(12).attack(20),
                fighter(2, 1).agility(11).health(5, 90).defense(0),
                fighter(3, 1).agility(10));

        combat.act(1, attack(2), DATA, 1);

        assertThat(combat.fighter(2).orElseThrow().status()).isEqualTo(Fighter.Status.DEFEATED);
        assertThat(combat.activeCharacterId()).isEqualTo(3L);
        assertThat(combat.stateView().turnNumber()).isEqualTo(2);
        assertRefused(ErrorCode.NOT_YOUR_TURN, () -> combat.act(2, defend(), DATA, 2));
    }

    @Test
    void aTimeOutAfterTheEndChangesNothing() {
        ScriptedRandom random = new ScriptedRandom().roll(0.0).die(6);
        Combat combat = combat(random,
                fighter(1, 0).agility(12).attack(50),
                fighter(2, 1).agility(10).health(10, 90));
        combat.act(1, attack(2), DATA, 1);
        CombatState ended = combat.stateView();

        combat.timeOut(60_000);

        assertThat(combat.stateView()).isEqualTo(ended);
    }
}
