package com.shardsofeternity.server.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.ClientConfig;
import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.client.realtime.ConnectionState;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.CombatParticipant;
import com.shardsofeternity.protocol.message.CombatStart;
import com.shardsofeternity.protocol.message.CombatState;
import com.shardsofeternity.protocol.message.PartyInvite;
import com.shardsofeternity.protocol.model.PartyMember;
import com.shardsofeternity.protocol.model.PartyView;
import com.shardsofeternity.server.it.Api;
import com.shardsofeternity.server.it.DedicatedServer;
import com.shardsofeternity.server.it.client.Players.Player;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The game's time limits end to end: an invitation used after its lifetime is refused, a turn
 * nobody takes passes, for every participant to see, also while the active fighter is disconnected,
 * who resumes into the fight; and a fighter away longer than the resume window has left the combat.
 * A minute's wait per test would be too long, so these tests run on a server of their own
 * ({@code sote-timers}) whose limits are a few seconds (the resume window 20 s).
 */
class TimeLimitsIT {

    private static final long INVITE_SECONDS = 3;
    private static final long TURN_SECONDS = 3;
    /** Long enough for a disconnected fighter to resume after its turn passed, short enough to wait out. */
    private static final long RESUME_WINDOW_SECONDS = 20;
    /** The server looks at turns once a second, so a turn passes within a second of its limit; plus slack. */
    private static final Duration ONE_TURN = Duration.ofSeconds(TURN_SECONDS + 4);
    private static final String PASSES = " hesitates; the turn passes.";

    private static DedicatedServer server;

    private Players players;
    private TcpRelay network;

    @BeforeAll
    static void startServerWithShortLimits() throws IOException, InterruptedException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("PARTY_INVITE_SECONDS", Long.toString(INVITE_SECONDS));
        settings.put("COMBAT_TURN_TIMEOUT_SECONDS", Long.toString(TURN_SECONDS));
        settings.put("RESUME_WINDOW_SECONDS", Long.toString(RESUME_WINDOW_SECONDS));
        server = DedicatedServer.start("sote-timers", Integer.getInteger("it.timers.port", 19931),
                Integer.getInteger("it.timers.https.port", 19932), settings);
    }

    @AfterAll
    static void stopServer() throws IOException, InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openPlayersAndNetwork() throws IOException {
        players = new Players(server.baseUrl());
        network = TcpRelay.to(server.baseUrl());
    }

    @AfterEach
    void closeEverything() throws IOException {
        players.close();
        network.close();
    }

    @Test
    void anInvitationUsedAfterItsLifetimeIsRefusedAndANewOneIsNot() throws InterruptedException {
        Player leader = players.player(Players.AZURE);
        Player prompt = players.player(Players.VERDANT);
        Player late = players.player(Players.CRIMSON);
        Inbox<PartyInvite> promptInvites = Inbox.of(prompt.client(), MessageTypes.PARTY_INVITE, PartyInvite.class);
        Inbox<PartyInvite> lateInvites = Inbox.of(late.client(), MessageTypes.PARTY_INVITE, PartyInvite.class);
        PartyView party = Await.result(leader.client().createParty(Api.uniqueName("Hasty ")));

        long invitedAt = System.currentTimeMillis();
        Await.result(leader.client().inviteToParty(party.id(), prompt.id()));
        Await.result(leader.client().inviteToParty(party.id(), late.id()));
        PartyInvite invite = lateInvites.await("from the leader", forParty(party));
        long receivedAt = System.currentTimeMillis();
        promptInvites.await("from the leader", forParty(party));
        Await.result(prompt.client().joinParty(party.id()));

        assertThat(invite.expiresAt()).as("expires_at: the server's invitation lifetime from the moment it invited")
                .isBetween(invitedAt + INVITE_SECONDS * 1000, receivedAt + INVITE_SECONDS * 1000);
        waitUntilPast(invite.expiresAt());
        assertThat(Refusals.codeOf(late.client().joinParty(party.id()))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(memberIds(leader, party)).containsExactly(leader.id(), prompt.id());

        Await.result(leader.client().inviteToParty(party.id(), late.id()));
        lateInvites.awaitCount("the second time", 2, forParty(party));
        Await.result(late.client().joinParty(party.id()));
        assertThat(memberIds(leader, party)).containsExactly(leader.id(), prompt.id(), late.id());
    }

    @Test
    void aTurnNobodyTakesPassesToTheNextFighterAndEveryoneIsTold() {
        Player hero = players.player(Players.CRIMSON);
        Player rival = players.player(Players.AZURE);
        Player other = players.player(Players.UMBRAL);
        List<Player> fighters = List.of(hero, rival, other);
        Inbox<CombatStart> starts = Inbox.of(hero.client(), MessageTypes.COMBAT_START, CombatStart.class);
        List<Inbox<CombatState>> states = fighters.stream()
                .map(fighter -> Inbox.of(fighter.client(), MessageTypes.COMBAT_STATE, CombatState.class)).toList();

        long asked = System.nanoTime();
        Await.result(hero.client().startCombat(List.of(rival.id(), other.id())));
        CombatStart start = starts.await("for the hero", any -> true);
        String combat = start.combatId();
        Player first = byId(fighters, start.turnOrder().get(0));
        Player next = byId(fighters, start.turnOrder().get(1));
        CombatState passed = states.get(0).await("after the first turn ran out", ONE_TURN, turnAfter(combat, 1));
        Duration waited = Duration.ofNanos(System.nanoTime() - asked);

        assertThat(Refusals.codeOf(first.client().defend(combat))).isEqualTo(ErrorCode.NOT_YOUR_TURN);
        Await.result(next.client().defend(combat));

        assertThat(waited).as("time until the turn passed").isGreaterThanOrEqualTo(Duration.ofSeconds(TURN_SECONDS));
        for (Inbox<CombatState> heard : states) {
            CombatState state = heard.await("after the first turn ran out", turnAfter(combat, 1));
            assertThat(state).isEqualTo(passed);
            assertThat(state.turnNumber()).isEqualTo(2);
            assertThat(state.activeCharacterId()).isEqualTo(next.id());
            assertThat(state.ended()).isFalse();
            assertThat(state.combatLog()).last().isEqualTo(first.name() + PASSES);
            CombatState acted = heard.await("after the next fighter acted", turnAfter(combat, 2));
            assertThat(acted.combatLog()).last().isEqualTo(next.name() + " raises a guard.");
            assertThat(acted.activeCharacterId()).isEqualTo(start.turnOrder().get(2));
        }
    }

    @Test
    void aDisconnectedFightersTurnsPassAndOnResumingItIsBackInTheFight() throws IOException {
        Player hero = players.player(Players.VERDANT, throughTheRelay());
        Player rival = players.player(Players.UMBRAL);
        Inbox<CombatStart> heroStarts = Inbox.of(hero.client(), MessageTypes.COMBAT_START, CombatStart.class);
        Inbox<CombatState> heroStates = Inbox.of(hero.client(), MessageTypes.COMBAT_STATE, CombatState.class);
        Inbox<CombatState> rivalStates = Inbox.of(rival.client(), MessageTypes.COMBAT_STATE, CombatState.class);
        ConnectionEvents heroConnection = ConnectionEvents.of(hero.client());
        DeliveryLog heroDeliveries = DeliveryLog.of(hero.client());
        Await.result(rival.client().startCombat(List.of(hero.id())));
        String combat = heroStarts.await("for the hero", any -> true).combatId();

        network.refuseConnections();
        assertThat(network.cutWebSockets()).isEqualTo(1);
        heroConnection.awaitState(ConnectionState.RECONNECTING, 1);
        // Nobody acts; within two turns it is the absent hero's turn, and it passes.
        Predicate<CombatState> heroPassed = state -> combat.equals(state.combatId())
                && state.combatLog().contains(hero.name() + PASSES);
        CombatState passed = rivalStates.await("the absent hero's turn passing", ONE_TURN.multipliedBy(2), heroPassed);
        assertThat(passed.activeCharacterId()).isEqualTo(rival.id());
        assertThat(passed.ended()).isFalse();
        network.acceptConnectionsAgain();

        assertThat(heroStates.await("missed while away, replayed", heroPassed)).isEqualTo(passed);
        heroConnection.awaitState(ConnectionState.CONNECTED, 1);
        assertThat(heroDeliveries.resumedFlags()).containsExactly(true);
        int acted = defendOnNextTurn(hero, heroStates, combat, passed.turnNumber());
        for (Inbox<CombatState> heard : List.of(heroStates, rivalStates)) {
            assertThat(heard.await("after the hero acted", turnAfter(combat, acted)).combatLog())
                    .last().isEqualTo(hero.name() + " raises a guard.");
        }
    }

    @Test
    void aFighterAwayLongerThanTheResumeWindowHasLeftTheCombatWhichEndsAndFreesTheOther() throws IOException {
        Player hero = players.player(Players.VERDANT, throughTheRelay());
        Player rival = players.player(Players.UMBRAL);
        Player next = players.player(Players.CRIMSON);
        Inbox<CombatStart> rivalStarts = Inbox.of(rival.client(), MessageTypes.COMBAT_START, CombatStart.class);
        Inbox<CombatState> rivalStates = Inbox.of(rival.client(), MessageTypes.COMBAT_STATE, CombatState.class);
        ConnectionEvents heroConnection = ConnectionEvents.of(hero.client());
        Await.result(rival.client().startCombat(List.of(hero.id())));
        String combat = rivalStarts.await("for the rival", any -> true).combatId();

        network.refuseConnections();
        long cut = System.nanoTime();
        assertThat(network.cutWebSockets()).isEqualTo(1);
        heroConnection.awaitState(ConnectionState.RECONNECTING, 1);
        CombatState last = rivalStates.await("the end, once the hero is gone for good",
                Duration.ofSeconds(RESUME_WINDOW_SECONDS).plus(ONE_TURN),
                state -> combat.equals(state.combatId()) && state.ended());
        Duration waited = Duration.ofNanos(System.nanoTime() - cut);

        assertThat(waited).as("time until the hero left")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(RESUME_WINDOW_SECONDS));
        assertThat(last.winnerIds()).containsExactly(rival.id());
        assertThat(last.participants()).filteredOn(p -> p.characterId() == hero.id())
                .singleElement().extracting(CombatParticipant::status).isEqualTo("fled");
        assertThat(last.combatLog()).last().isEqualTo("The combat ends. Victory to " + rival.name() + ".");
        Await.result(rival.client().startCombat(List.of(next.id())));
        assertThat(rivalStarts.await("a new combat", start -> !combat.equals(start.combatId())).participants())
                .extracting(CombatParticipant::characterId).containsExactlyInAnyOrder(rival.id(), next.id());
    }

    /**
     * Waits for {@code fighter}'s next turn after {@code turn} and defends in it; should that turn run out
     * before the action arrives (a very slow machine), tries again in the one after. Returns the turn taken.
     */
    private static int defendOnNextTurn(Player fighter, Inbox<CombatState> states, String combat, int turn) {
        int after = turn;
        for (int attempt = 1; ; attempt++) {
            int since = after;
            CombatState mine = states.await("the turn of " + fighter.name(), ONE_TURN.multipliedBy(2),
                    state -> combat.equals(state.combatId()) && state.turnNumber() > since
                            && Long.valueOf(fighter.id()).equals(state.activeCharacterId()));
            try {
                Await.result(fighter.client().defend(combat));
                return mine.turnNumber();
            } catch (MasterServerException refused) {
                if (refused.errorCode() != ErrorCode.NOT_YOUR_TURN || attempt == 2) {
                    throw refused;
                }
                after = mine.turnNumber();
            }
        }
    }

    /** A client that reaches the server through the relay and retries soon after a drop. */
    private ClientConfig throughTheRelay() {
        return players.serverConfig().toBuilder()
                .serverUrl(network.url())
                .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(250), 0.5)
                .build();
    }

    private static Predicate<CombatState> turnAfter(String combat, int turn) {
        return state -> combat.equals(state.combatId()) && state.turnNumber() == turn + 1;
    }

    private static Predicate<PartyInvite> forParty(PartyView party) {
        return invite -> party.id().equals(invite.partyId());
    }

    private static List<Long> memberIds(Player member, PartyView party) {
        return Await.result(member.client().getParty(party.id())).members().stream().map(PartyMember::characterId).toList();
    }

    private static Player byId(List<Player> players, long characterId) {
        return players.stream().filter(player -> player.id() == characterId).findFirst().orElseThrow();
    }

    /**
     * Waits until {@code instant}, an epoch-millisecond time the server announced, is past on this
     * machine's clock, which is the server's: there is no message to wait for when something expires.
     */
    private static void waitUntilPast(long instant) throws InterruptedException {
        for (long left = instant - System.currentTimeMillis(); left >= 0; left = instant - System.currentTimeMillis()) {
            Thread.sleep(left + 1);
        }
    }
}
