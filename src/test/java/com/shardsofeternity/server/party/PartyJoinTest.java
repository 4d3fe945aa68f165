package com.shardsofeternity.server.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.Priority;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.character.CharacterRepository;
import com.shardsofeternity.server.character.PlayerCharacter;
import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.realtime.ServerMessage;
import com.shardsofeternity.server.realtime.ServerMessages;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Joining a party uses up the invitation only when the join commits: every refusal, including one that
 * comes from losing a race, leaves the invitation usable until it expires.
 */
class PartyJoinTest {

    private static final long NOW = 1_000_000;
    private static final long PARTY = 7;
    private static final long OTHER_PARTY = 8;
    private static final long LEADER = 100;
    private static final long OTHER_LEADER = 200;
    private static final long ALICE = 101;
    private static final long BOB = 102;
    private static final long CAROL = 103;
    private static final int MAX_SIZE = 3;

    private final StoredParties stored = new StoredParties();
    private final PartyInvites invites = new PartyInvites();
    private final Transactions transactions = new Transactions();
    private final PartyService service = new PartyService();

    @BeforeEach
    void wire() {
        GameSettings settings = new GameSettings() {
            @Override
            public int partyMaxSize() {
                return MAX_SIZE;
            }

            @Override
            public boolean clusterEnabled() {
                return false;
            }
        };
        PartyDirectory directory = new PartyDirectory();
        directory.parties = stored;
        directory.settings = settings;
        service.parties = stored;
        service.directory = directory;
        service.settings = settings;
        service.invites = invites;
        service.afterCommit = transactions;
        service.clock = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);
        service.characters = new CharacterRepository() {
            @Override
            public Optional<PlayerCharacter> find(long id) {
                return Optional.empty();
            }
        };
        service.messages = new ServerMessages() {
            @Override
            public ServerMessage of(String type, Object payload) {
                return new ServerMessage(type, Priority.HIGH, "", null);
            }
        };
        service.bus = (audience, message) -> { };
        stored.party(PARTY, LEADER);
        stored.party(OTHER_PARTY, OTHER_LEADER);
    }

    @Test
    void aJoinThatCommitsUsesUpTheInvitation() {
        invites.offer(PARTY, ALICE, NOW + 60_000);

        join(ALICE, PARTY);

        assertThat(stored.memberIds(PARTY)).containsExactly(LEADER, ALICE);
        assertThat(invites.isLive(PARTY, ALICE, NOW)).isFalse();
        stored.leave(ALICE);
        assertRefused(ErrorCode.FORBIDDEN, () -> join(ALICE, PARTY));
    }

    @Test
    void aJoinWhoseTransactionRollsBackLeavesTheInvitationUsable() {
        invites.offer(PARTY, ALICE, NOW + 60_000);

        service.join(ALICE, PARTY);
        transactions.rollBack();

        assertThat(invites.isLive(PARTY, ALICE, NOW)).isTrue();
    }

    @Test
    void aJoinRefusedBecauseThePartyIsFullLeavesTheInvitationForWhenAPlaceFreesUp() {
        invites.offer(PARTY, ALICE, NOW + 60_000);
        invites.offer(PARTY, BOB, NOW + 60_000);
        invites.offer(PARTY, CAROL, NOW + 60_000);
        join(ALICE, PARTY);
        join(BOB, PARTY);

        assertRefused(ErrorCode.FORBIDDEN, () -> join(CAROL, PARTY));
        assertThat(invites.isLive(PARTY, CAROL, NOW)).isTrue();

        stored.leave(BOB);
        join(CAROL, PARTY);
        assertThat(stored.memberIds(PARTY)).containsExactly(LEADER, ALICE, CAROL);
    }

    @Test
    void aJoinThatLosesARaceIntoAnotherPartyLeavesTheInvitationUsable() {
        invites.offer(PARTY, ALICE, NOW + 60_000);
        invites.offer(OTHER_PARTY, ALICE, NOW + 60_000);
        // While this join waits for the party's lock, a join of Alice into the other party commits.
        stored.whileWaitingForTheLock = () -> {
            stored.member(ALICE, OTHER_PARTY);
            invites.take(OTHER_PARTY, ALICE, NOW);
        };

        assertRefused(ErrorCode.ALREADY_IN_PARTY, () -> join(ALICE, PARTY));

        assertThat(stored.memberIds(PARTY)).containsExactly(LEADER);
        assertThat(invites.isLive(PARTY, ALICE, NOW)).isTrue();
        stored.whileWaitingForTheLock = () -> { };
        stored.leave(ALICE);
        join(ALICE, PARTY);
        assertThat(stored.memberIds(PARTY)).containsExactly(LEADER, ALICE);
    }

    @Test
    void withoutALiveInvitationNobodyJoins() {
        invites.offer(PARTY, BOB, NOW);

        assertRefused(ErrorCode.FORBIDDEN, () -> join(ALICE, PARTY));
        assertRefused(ErrorCode.FORBIDDEN, () -> join(BOB, PARTY));

        assertThat(stored.memberIds(PARTY)).containsExactly(LEADER);
    }

    /** A join as the container runs it: committed when it returns, rolled back when it throws. */
    private void join(long characterId, long partyId) {
        try {
            service.join(characterId, partyId);
        } catch (RuntimeException refused) {
            transactions.rollBack();
            throw refused;
        }
        transactions.commit();
    }

    private static void assertRefused(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GameException.class,
                refused -> assertThat(refused.errorCode()).isEqualTo(code));
    }

    /** The transaction of the current call: work registered for after the commit runs only on commit. */
    private static final class Transactions extends AfterCommit {
        private final List<Runnable> pending = new ArrayList<>();

        @Override
        public void run(String what, Runnable work) {
            pending.add(work);
        }

        void commit() {
            pending.forEach(Runnable::run);
            pending.clear();
        }

        void rollBack() {
            pending.clear();
        }
    }

    /** Parties and memberships in memory; a second membership of one character fails as the database would. */
    private static final class StoredParties extends PartyRepository {
        private final Map<Long, Party> parties = new HashMap<>();
        private final Map<Long, PartyMember> memberships = new HashMap<>();
        private long nextSeq;
        Runnable whileWaitingForTheLock = () -> { };

        void party(long partyId, long leaderId) {
            Party party = new Party("Party " + partyId, leaderId, NOW);
            try {
                var id = Party.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(party, partyId);
            } catch (ReflectiveOperationException impossible) {
                throw new AssertionError(impossible);
            }
            parties.put(partyId, party);
            member(leaderId, partyId);
        }

        void member(long characterId, long partyId) {
            memberships.put(characterId, new PartyMember(characterId, partyId, NOW, nextSeq++));
        }

        void leave(long characterId) {
            memberships.remove(characterId);
        }

        List<Long> memberIds(long partyId) {
            return members(partyId).stream().map(PartyMember::characterId).toList();
        }

        @Override
        public void storeNow(Object entity) {
            PartyMember member = (PartyMember) entity;
            if (memberships.putIfAbsent(member.characterId(), member) != null) {
                throw new PersistenceException("duplicate key: party_members.character_id " + member.characterId());
            }
        }

        @Override
        public Optional<Party> find(long partyId) {
            return Optional.ofNullable(parties.get(partyId));
        }

        @Override
        public Optional<Party> lock(long partyId) {
            whileWaitingForTheLock.run();
            return find(partyId);
        }

        @Override
        public Optional<PartyMember> membership(long characterId) {
            return Optional.ofNullable(memberships.get(characterId));
        }

        @Override
        public List<PartyMember> members(long partyId) {
            return memberships.values().stream().filter(m -> m.partyId() == partyId)
                    .sorted(Comparator.comparingLong(PartyMember::joinedSeq)).toList();
        }

        @Override
        public List<PartyMember> allMemberships() {
            return List.copyOf(memberships.values());
        }
    }
}
