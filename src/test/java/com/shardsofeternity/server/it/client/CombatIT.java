package com.shardsofeternity.server.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.CombatParticipant;
import com.shardsofeternity.protocol.message.CombatStart;
import com.shardsofeternity.protocol.message.CombatState;
import com.shardsofeternity.protocol.message.NearbyPlayers;
import com.shardsofeternity.protocol.model.CharacterView;
import com.shardsofeternity.server.it.Api;
import com.shardsofeternity.server.it.SeedData;
import com.shardsofeternity.server.it.client.Players.Player;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Turn-based combat driven through the client library, from combat_start to the last combat_state. */
class CombatIT {

    private static final long HEALING_POTION = 1;
    private static final long FIRE_BOMB = 2;
    private static final int TURN_LIMIT = 100;

    private final Players players = new Players();

    @AfterEach
    void closePlayers() {
        players.close();
    }

    /** One combat action of a character against its opponent, through the library. */
    private interface Action extends BiFunction<String, Long, CompletableFuture<Void>> {
    }

    @Test
    void aFightGoesTurnByTurnThroughEveryKindOfActionUntilOneSideIsLeft() {
        Player hero = players.player(Players.CRIMSON);
        Player rival = players.player(Players.AZURE);
        Inbox<CombatStart> heroStarts = Inbox.of(hero.client(), MessageTypes.COMBAT_START, CombatStart.class);
        Inbox<CombatStart> rivalStarts = Inbox.of(rival.client(), MessageTypes.COMBAT_START, CombatStart.class);
        Inbox<CombatState> heroStates = Inbox.of(hero.client(), MessageTypes.COMBAT_STATE, CombatState.class);
        Inbox<CombatState> rivalStates = Inbox.of(rival.client(), MessageTypes.COMBAT_STATE, CombatState.class);
        GameClient heroClient = hero.client();
        GameClient rivalClient = rival.client();
        Deque<Action> heroPlan = new ArrayDeque<>(List.<Action>of(
                (combat, opponent) -> heroClient.defend(combat),
                (combat, opponent) -> heroClient.useItem(combat, HEALING_POTION),
                (combat, opponent) -> heroClient.castSpell(combat, hero.id(), "Blood Pact"),
                (combat, opponent) -> heroClient.castSpell(combat, opponent, "Fireball"),
                (combat, opponent) -> heroClient.useItem(combat, FIRE_BOMB)));
        Deque<Action> rivalPlan = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) {
            rivalPlan.add((combat, opponent) -> rivalClient.attack(combat, opponent));
        }

        Await.result(heroClient.startCombat(List.of(rival.id())));

        CombatStart start = heroStarts.await("for the hero", any -> true);
        assertThat(rivalStarts.await("for the rival", any -> true).combatId()).isEqualTo(start.combatId());
        assertThat(start.participants()).extracting(CombatParticipant::characterId)
                .containsExactlyInAnyOrder(hero.id(), rival.id());
        assertThat(start.turnNumber()).isEqualTo(1);
        assertThat(start.activeCharacterId()).isEqualTo(start.turnOrder().get(0));
        Player waiting = start.activeCharacterId() == hero.id() ? rival : hero;
        assertThat(Refusals.codeOf(waiting.client().defend(start.combatId()))).isEqualTo(ErrorCode.NOT_YOUR_TURN);

        String combat = start.combatId();
        long active = start.activeCharacterId();
        int turn = start.turnNumber();
        CombatState state;
        do {
            boolean heroActs = active == hero.id();
            Action next = heroActs
                    ? nextOr(heroPlan, (c, opponent) -> heroClient.attack(c, opponent))
                    : nextOr(rivalPlan, (c, opponent) -> rivalClient.flee(c));
            Await.result(next.apply(combat, heroActs ? rival.id() : hero.id()));
            int taken = turn;
            state = heroStates.await("after turn " + taken,
                    s -> combat.equals(s.combatId()) && (s.turnNumber() > taken || Boolean.TRUE.equals(s.ended())));
            turn = state.turnNumber();
            active = state.ended() ? -1 : state.activeCharacterId();
        } while (!state.ended() && turn < TURN_LIMIT);

        assertThat(state.ended()).isTrue();
        assertThat(state.winnerIds()).hasSize(1).containsAnyOf(hero.id(), rival.id());
        assertThat(rivalStates.await("the end", s -> combat.equals(s.combatId()) && s.ended()).winnerIds())
                .isEqualTo(state.winnerIds());
        assertThat(String.join("\n", combatLog(heroStates)))
                .contains("raises a guard", "Healing Potion", "Blood Pact", "Fireball", "Fire Bomb", "flee");
        CharacterView stored = Await.result(heroClient.listCharacters()).get(0);
        int finalHealth = state.participants().stream().filter(p -> p.characterId() == hero.id())
                .findFirst().orElseThrow().health();
        assertThat(stored.health()).isEqualTo(Math.max(1, finalHealth));
    }

    @Test
    void aFighterWhoLogsOutLeavesTheCombatWhichEndsForTheOtherAndBothMayFightAgain() {
        Player hero = players.player(Players.VERDANT);
        Player rival = players.player(Players.UMBRAL);
        Inbox<CombatStart> rivalStarts = Inbox.of(rival.client(), MessageTypes.COMBAT_START, CombatStart.class);
        Inbox<CombatState> rivalStates = Inbox.of(rival.client(), MessageTypes.COMBAT_STATE, CombatState.class);
        Await.result(hero.client().startCombat(List.of(rival.id())));
        String combat = rivalStarts.await("for the rival", any -> true).combatId();

        Await.result(hero.client().logout());

        CombatState last = rivalStates.await("after the hero left", s -> combat.equals(s.combatId()) && s.ended());
        assertThat(last.winnerIds()).containsExactly(rival.id());
        assertThat(last.activeCharacterId()).isNull();
        assertThat(last.participants()).filteredOn(p -> p.characterId() == hero.id())
                .singleElement().extracting(CombatParticipant::status).isEqualTo("fled");
        assertThat(last.combatLog()).contains(hero.name() + " has left the game and flees the battle.");
        assertThat(Refusals.codeOf(rival.client().defend(combat))).isEqualTo(ErrorCode.NOT_FOUND);

        GameClient heroAgain = players.track(new GameClient(players.serverConfig()));
        Await.result(heroAgain.connect(hero.username(), Api.PASSWORD));
        Inbox<NearbyPlayers> nearby = Inbox.of(heroAgain, MessageTypes.NEARBY_PLAYERS, NearbyPlayers.class);
        Await.result(heroAgain.selectCharacter(hero.id()));
        nearby.await("back in the world", any -> true);
        Await.result(heroAgain.startCombat(List.of(rival.id())));
        CombatStart again = rivalStarts.await("a second combat", s -> !combat.equals(s.combatId()));
        assertThat(again.participants()).extracting(CombatParticipant::characterId)
                .containsExactlyInAnyOrder(hero.id(), rival.id());
    }

    @Test
    void aFighterCannotTravelUntilItsCombatIsOver() {
        Player hero = players.player(Players.CRIMSON);
        Player rival = players.player(Players.AZURE);
        Inbox<CombatState> heroStates = Inbox.of(hero.client(), MessageTypes.COMBAT_STATE, CombatState.class);
        Inbox<CombatStart> heroStarts = Inbox.of(hero.client(), MessageTypes.COMBAT_START, CombatStart.class);
        long here = SeedData.startingLocationId();
        long there = Routes.of(hero.client()).path(here, 3).get(1);
        Await.result(rival.client().startCombat(List.of(hero.id())));
        String combat = heroStarts.await("for the hero", any -> true).combatId();

        assertThat(Refusals.codeOf(hero.client().sendMove(here, there))).isEqualTo(ErrorCode.INVALID_MOVE);
        assertThat(Refusals.codeOf(rival.client().sendMove(here, there))).isEqualTo(ErrorCode.INVALID_MOVE);

        Await.result(rival.client().logout());
        heroStates.await("the end of the combat", s -> combat.equals(s.combatId()) && s.ended());
        Await.result(hero.client().sendMove(here, there));
    }

    @Test
    void anOpponentInAnotherLocationCannotBeAttacked() {
        Player hero = players.player(Players.UMBRAL);
        Player faraway = players.player(Players.VERDANT);
        Routes.of(faraway.client()).walk(faraway.client(), SeedData.startingLocationId(), 3);

        assertThat(Refusals.codeOf(hero.client().startCombat(List.of(faraway.id())))).isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void anActionInACombatThatDoesNotExistIsNotFound() {
        Player hero = players.player(Players.CRIMSON);

        assertThat(Refusals.codeOf(hero.client().defend("no-such-combat"))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    private static Action nextOr(Deque<Action> plan, Action afterwards) {
        return plan.isEmpty() ? afterwards : plan.removeFirst();
    }

    private static List<String> combatLog(Inbox<CombatState> states) {
        List<String> lines = new ArrayList<>();
        states.all().forEach(state -> state.combatLog().stream().filter(line -> !lines.contains(line)).forEach(lines::add));
        return lines;
    }
}
