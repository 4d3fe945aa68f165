package com.shardsofeternity.server.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.model.PartyMember;
import com.shardsofeternity.protocol.model.PartyView;
import com.shardsofeternity.server.it.Api;
import com.shardsofeternity.server.it.client.Players.Player;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Joins that reach the server at the same moment, each sent from its own thread released by one
 * barrier: a party still takes no more than {@code PARTY_MAX_SIZE} members, a character still
 * belongs to one party at most, and a join refused either way leaves its invitation usable.
 */
class PartyJoinRaceIT {

    /** The shared server's {@code PARTY_MAX_SIZE}, the default; the leader takes one of the places. */
    private static final int MAX_SIZE = 5;
    private static final List<String> FACTIONS = List.of(Players.CRIMSON, Players.AZURE, Players.VERDANT, Players.UMBRAL);

    private final Players players = new Players();

    @AfterEach
    void closePlayers() {
        players.close();
    }

    @Test
    void moreInviteesThanFreePlacesJoinAtOnceAndExactlyThePlacesAreFilled() {
        Player leader = players.player(Players.AZURE);
        int freePlaces = MAX_SIZE - 1;
        List<Player> invitees = newPlayers(freePlaces + 2);
        PartyView party = Await.result(leader.client().createParty(Api.uniqueName("Crowded ")));
        invitees.forEach(invitee -> Await.result(leader.client().inviteToParty(party.id(), invitee.id())));

        List<Optional<ErrorCode>> outcomes = outcomes(atOnce(invitees.stream()
                .<Supplier<CompletableFuture<Void>>>map(invitee -> () -> invitee.client().joinParty(party.id())).toList()));

        List<Player> joined = new ArrayList<>();
        List<Player> refused = new ArrayList<>();
        for (int i = 0; i < invitees.size(); i++) {
            (outcomes.get(i).isEmpty() ? joined : refused).add(invitees.get(i));
        }
        assertThat(joined).as("joins accepted, of %s", outcomes).hasSize(freePlaces);
        assertThat(outcomes).filteredOn(Optional::isPresent).extracting(Optional::get)
                .as("the refusals of a full party").hasSize(2).containsOnly(ErrorCode.FORBIDDEN);
        PartyView read = Await.result(leader.client().getParty(party.id()));
        assertThat(read.members()).extracting(PartyMember::characterId).hasSize(MAX_SIZE)
                .doesNotHaveDuplicates().startsWith(leader.id())
                .containsExactlyInAnyOrderElementsOf(ids(leader, joined));
        for (Player outside : refused) {
            assertThat(Refusals.refusalOf(outside.client().getParty(party.id())).httpStatus()).isEqualTo(403);
        }

        // A refusal for want of room leaves the invitation usable: when a place frees up, it gets in.
        Player leaving = joined.get(0);
        Player latecomer = refused.get(0);
        Await.result(leaving.client().leaveParty(party.id()));
        Await.result(latecomer.client().joinParty(party.id()));
        assertThat(Await.result(leader.client().getParty(party.id())).members()).extracting(PartyMember::characterId)
                .hasSize(MAX_SIZE).contains(latecomer.id()).doesNotContain(leaving.id());
    }

    @Test
    void aCharacterJoiningTwoPartiesAtOnceEndsUpInExactlyOne() {
        Player firstLeader = players.player(Players.CRIMSON);
        Player secondLeader = players.player(Players.UMBRAL);
        List<Player> invitees = newPlayers(3);
        PartyView first = Await.result(firstLeader.client().createParty(Api.uniqueName("Left ")));
        PartyView second = Await.result(secondLeader.client().createParty(Api.uniqueName("Right ")));
        for (Player invitee : invitees) {
            Await.result(firstLeader.client().inviteToParty(first.id(), invitee.id()));
            Await.result(secondLeader.client().inviteToParty(second.id(), invitee.id()));
        }
        List<Supplier<CompletableFuture<Void>>> joins = new ArrayList<>();
        for (Player invitee : invitees) {
            joins.add(() -> invitee.client().joinParty(first.id()));
            joins.add(() -> invitee.client().joinParty(second.id()));
        }

        List<Optional<ErrorCode>> outcomes = outcomes(atOnce(joins));

        List<Long> inFirst = new ArrayList<>(List.of(firstLeader.id()));
        List<Long> inSecond = new ArrayList<>(List.of(secondLeader.id()));
        for (int i = 0; i < invitees.size(); i++) {
            Optional<ErrorCode> intoFirst = outcomes.get(2 * i);
            Optional<ErrorCode> intoSecond = outcomes.get(2 * i + 1);
            assertThat(List.of(intoFirst, intoSecond)).as("the two joins of invitee %d", i)
                    .containsExactlyInAnyOrder(Optional.empty(), Optional.of(ErrorCode.ALREADY_IN_PARTY));
            (intoFirst.isEmpty() ? inFirst : inSecond).add(invitees.get(i).id());
        }
        assertThat(Await.result(firstLeader.client().getParty(first.id())).members())
                .extracting(PartyMember::characterId).containsExactlyInAnyOrderElementsOf(inFirst);
        assertThat(Await.result(secondLeader.client().getParty(second.id())).members())
                .extracting(PartyMember::characterId).containsExactlyInAnyOrderElementsOf(inSecond);

        // The join that lost the race used up nothing: after leaving, each gets into the other party
        // with the invitation it had from the start.
        for (int i = 0; i < invitees.size(); i++) {
            Player invitee = invitees.get(i);
            boolean wentFirst = outcomes.get(2 * i).isEmpty();
            Await.result(invitee.client().leaveParty((wentFirst ? first : second).id()));
            Await.result(invitee.client().joinParty((wentFirst ? second : first).id()));
        }
        assertThat(Await.result(firstLeader.client().getParty(first.id())).members())
                .extracting(PartyMember::characterId)
                .containsExactlyInAnyOrderElementsOf(swapped(inSecond, firstLeader));
        assertThat(Await.result(secondLeader.client().getParty(second.id())).members())
                .extracting(PartyMember::characterId)
                .containsExactlyInAnyOrderElementsOf(swapped(inFirst, secondLeader));
    }

    /** The members of {@code party} but its leader, and {@code leader} instead of that party's. */
    private static List<Long> swapped(List<Long> party, Player leader) {
        List<Long> members = new ArrayList<>(party.subList(1, party.size()));
        members.add(0, leader.id());
        return members;
    }

    private List<Player> newPlayers(int count) {
        return IntStream.range(0, count).mapToObj(i -> players.player(FACTIONS.get(i % FACTIONS.size()))).toList();
    }

    /**
     * Makes every request from a thread of its own, all released at once by one barrier, and returns the
     * pending answers in the order of the requests.
     */
    private static List<CompletableFuture<Void>> atOnce(List<Supplier<CompletableFuture<Void>>> requests) {
        CyclicBarrier start = new CyclicBarrier(requests.size());
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<CompletableFuture<Void>>> sent = requests.stream().map(request -> threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return request.get();
            })).toList();
            List<CompletableFuture<Void>> answers = new ArrayList<>();
            for (Future<CompletableFuture<Void>> request : sent) {
                answers.add(request.get(20, TimeUnit.SECONDS));
            }
            return answers;
        } catch (ExecutionException | TimeoutException failed) {
            throw new AssertionError("the requests could not all be sent", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while sending", interrupted);
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * For each answer, nothing when the server accepted the request, else the error code it refused it
     * with; no answer in time, or one without a protocol code, fails the test.
     */
    private static List<Optional<ErrorCode>> outcomes(List<CompletableFuture<Void>> answers) {
        List<Optional<ErrorCode>> outcomes = new ArrayList<>();
        for (CompletableFuture<Void> answer : answers) {
            try {
                Await.result(answer);
                outcomes.add(Optional.empty());
            } catch (MasterServerException refused) {
                if (refused.errorCode() == null) {
                    throw new AssertionError("a join got no answer of the protocol: " + refused.getMessage(), refused);
                }
                outcomes.add(Optional.of(refused.errorCode()));
            }
        }
        return outcomes;
    }

    private static List<Long> ids(Player first, List<Player> others) {
        List<Long> ids = new ArrayList<>(List.of(first.id()));
        others.forEach(other -> ids.add(other.id()));
        return ids;
    }
}
