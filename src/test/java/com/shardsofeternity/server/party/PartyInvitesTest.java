package com.shardsofeternity.server.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyInvitesTest {

    private static final long PARTY = 7;
    private static final long OTHER_PARTY = 8;
    private static final long ALICE = 101;
    private static final long BOB = 102;

    private final PartyInvites invites = new PartyInvites();

    @Test
    void aLiveInvitationCanBeTakenByItsInvitee() {
        invites.offer(PARTY, ALICE, 60_000);

        assertThat(invites.take(PARTY, ALICE, 59_999)).isTrue();
    }

    @Test
    void withoutAnInvitationNothingCanBeTaken() {
        assertThat(invites.take(PARTY, ALICE, 0)).isFalse();
    }

    @Test
    void lookingAtAnInvitationDoesNotUseItUp() {
        invites.offer(PARTY, ALICE, 60_000);

        assertThat(invites.isLive(PARTY, ALICE, 1)).isTrue();
        assertThat(invites.isLive(PARTY, ALICE, 2)).isTrue();
        assertThat(invites.isLive(PARTY, BOB, 2)).isFalse();
        assertThat(invites.isLive(PARTY, ALICE, 60_000)).as("from its expiry on").isFalse();
        assertThat(invites.take(PARTY, ALICE, 3)).isTrue();
        assertThat(invites.isLive(PARTY, ALICE, 4)).as("once taken").isFalse();
    }

    @Test
    void anInvitationIsUsedOnce() {
        invites.offer(PARTY, ALICE, 60_000);

        assertThat(invites.take(PARTY, ALICE, 1)).isTrue();
        assertThat(invites.take(PARTY, ALICE, 2)).isFalse();
    }

    @Test
    void anInvitationIsForItsInviteeAndItsPartyOnly() {
        invites.offer(PARTY, ALICE, 60_000);

        assertThat(invites.take(PARTY, BOB, 1)).isFalse();
        assertThat(invites.take(OTHER_PARTY, ALICE, 1)).isFalse();
        assertThat(invites.take(PARTY, ALICE, 1)).isTrue();
    }

    @Test
    void eachInviteeHasTheirOwnInvitation() {
        invites.offer(PARTY, ALICE, 60_000);
        invites.offer(PARTY, BOB, 60_000);

        assertThat(invites.take(PARTY, ALICE, 1)).isTrue();
        assertThat(invites.take(PARTY, BOB, 1)).isTrue();
    }

    @Test
    void oneInviteeMayHoldInvitationsFromSeveralParties() {
        invites.offer(PARTY, ALICE, 60_000);
        invites.offer(OTHER_PARTY, ALICE, 60_000);

        assertThat(invites.take(OTHER_PARTY, ALICE, 1)).isTrue();
        assertThat(invites.take(PARTY, ALICE, 1)).isTrue();
    }

    @Test
    void anInvitationIsDeadFromItsExpiryOn() {
        invites.offer(PARTY, ALICE, 60_000);
        invites.offer(PARTY, BOB, 60_000);

        assertThat(invites.take(PARTY, ALICE, 60_000)).isFalse();
        assertThat(invites.take(PARTY, BOB, 90_000)).isFalse();
    }

    @Test
    void anExpiredInvitationIsGoneAfterATry() {
        invites.offer(PARTY, ALICE, 60_000);

        assertThat(invites.take(PARTY, ALICE, 60_001)).isFalse();
        assertThat(invites.take(PARTY, ALICE, 1)).isFalse();
    }

    @Test
    void invitingAgainRenewsTheExpiry() {
        invites.offer(PARTY, ALICE, 60_000);
        invites.offer(PARTY, ALICE, 120_000);

        assertThat(invites.take(PARTY, ALICE, 90_000)).isTrue();
    }

    @Test
    void droppingExpiredInvitationsKeepsTheLiveOnes() {
        invites.offer(PARTY, ALICE, 60_000);
        invites.offer(PARTY, BOB, 61_000);

        invites.dropExpired(60_000);

        assertThat(invites.take(PARTY, ALICE, 0)).isFalse();
        assertThat(invites.take(PARTY, BOB, 0)).isTrue();
    }

    @Test
    void droppingAPartyRemovesOnlyItsInvitations() {
        invites.offer(PARTY, ALICE, 60_000);
        invites.offer(PARTY, BOB, 60_000);
        invites.offer(OTHER_PARTY, ALICE, 60_000);

        invites.dropParty(PARTY);

        assertThat(invites.take(PARTY, ALICE, 1)).isFalse();
        assertThat(invites.take(PARTY, BOB, 1)).isFalse();
        assertThat(invites.take(OTHER_PARTY, ALICE, 1)).isTrue();
    }
}
