/**
 * Parties: creation over REST, invitations (per invitee, expiring, used once by a join that
 * commits), joining under a size limit that holds under concurrent joins, leaving with lead hand-over
 * and disbanding, persisted in the database; and the
 * {@link com.shardsofeternity.server.realtime.PartyRoster} the event bus uses to reach a party's
 * members.
 */
package com.shardsofeternity.server.party;
