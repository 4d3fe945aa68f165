package com.shardsofeternity.server.party;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.PartyInvite;
import com.shardsofeternity.protocol.message.PartyUpdate;
import com.shardsofeternity.protocol.model.PartyView;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.RefusalsRollBack;
import com.shardsofeternity.server.character.CharacterRepository;
import com.shardsofeternity.server.character.PlayerCharacter;
import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.realtime.Audience;
import com.shardsofeternity.server.realtime.EventBus;
import com.shardsofeternity.server.realtime.PresenceService;
import com.shardsofeternity.server.realtime.ServerMessages;
import com.shardsofeternity.server.validation.Inputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The party rules: one party per character, only the leader invites, invitations expire and are used
 * once (by a join that commits), a party holds at most {@code PARTY_MAX_SIZE} members (joins lock the
 * party row, so the limit holds under concurrent joins), the lead passes to the longest-standing
 * member, and the last one out disbands the party. A refusal rolls back whatever the call had written
 * ({@link RefusalsRollBack}).
 */
@ApplicationScoped
@RefusalsRollBack
public class PartyService {

    public static final String CREATED = "created";
    public static final String JOINED = "joined";
    public static final String LEFT = "left";
    public static final String DISBANDED = "disbanded";
    public static final String LEADER_CHANGED = "leader_changed";

    @Inject
    PartyRepository parties;
    @Inject
    CharacterRepository characters;
    @Inject
    PartyDirectory directory;
    @Inject
    PresenceService presence;
    @Inject
    EventBus bus;
    @Inject
    ServerMessages messages;
    @Inject
    GameSettings settings;
    @Inject
    Clock clock;

    @Inject
    InviteStore invites;
    @Inject
    AfterCommit afterCommit;

    @Transactional(dontRollbackOn = GameException.class)
    public PartyView create(long leaderId, String requestedName) {
        String name = Inputs.text("name", requestedName, 1, 32);
        if (parties.membership(leaderId).isPresent()) {
            throw new GameException(ErrorCode.ALREADY_IN_PARTY, "leave your current party first");
        }
        long now = clock.millis();
        directory.load();
        Party party = new Party(name, leaderId, now);
        parties.storeNow(party);
        PartyMember leader = new PartyMember(leaderId, party.id(), now, 0);
        try {
            parties.storeNow(leader);
        } catch (PersistenceException raced) {
            throw new GameException(ErrorCode.ALREADY_IN_PARTY, "leave your current party first");
        }
        directory.joined(party.id(), leaderId);
        PartyView view = view(party, List.of(leader));
        bus.publish(Audience.character(leaderId), update(view, CREATED));
        return view;
    }

    @Transactional(dontRollbackOn = GameException.class)
    public PartyView get(long partyId, long askingCharacterId) {
        Party party = parties.find(partyId).orElseThrow(() -> GameException.notFound("no party " + partyId));
        if (parties.membership(askingCharacterId).filter(m -> m.partyId() == partyId).isEmpty()) {
            throw GameException.forbidden("only members see a party");
        }
        return view(party);
    }

    @Transactional(dontRollbackOn = GameException.class)
    public void invite(long inviterId, Long partyIdField, Long inviteeIdField) {
        long partyId = Inputs.id("party_id", partyIdField);
        long inviteeId = Inputs.id("invitee_id", inviteeIdField);
        Party party = parties.find(partyId).orElseThrow(() -> GameException.notFound("no party " + partyId));
        if (party.leaderId() != inviterId) {
            throw GameException.forbidden("only the party leader invites");
        }
        if (inviteeId == inviterId || !presence.isOnline(inviteeId)) {
            throw GameException.notFound("no online character " + inviteeId);
        }
        if (parties.membership(inviteeId).isPresent()) {
            throw new GameException(ErrorCode.ALREADY_IN_PARTY, "that character is already in a party");
        }
        long expiresAt = clock.millis() + settings.partyInviteMillis();
        invites.offer(partyId, inviteeId, expiresAt);
        String inviterName = characters.find(inviterId).map(PlayerCharacter::name).orElse("?");
        bus.publish(Audience.character(inviteeId), messages.of(MessageTypes.PARTY_INVITE,
                new PartyInvite(partyId, inviteeId, party.name(), inviterId, inviterName, expiresAt)));
    }

    /**
     * Joins with a live invitation into a party with room. The invitation is used up only when the join
     * commits: a join refused (party full, already in a party, even after a race) leaves it usable.
     */
    @Transactional(dontRollbackOn = GameException.class)
    public void join(long characterId, Long partyIdField) {
        long partyId = Inputs.id("party_id", partyIdField);
        long now = clock.millis();
        if (parties.membership(characterId).isPresent()) {
            throw new GameException(ErrorCode.ALREADY_IN_PARTY, "leave your current party first");
        }
        directory.load();
        Party party = parties.lock(partyId).orElseThrow(() -> GameException.forbidden("there is no live invitation to that party"));
        List<PartyMember> members = parties.members(partyId);
        if (members.size() >= settings.partyMaxSize()) {
            throw GameException.forbidden("the party is full (" + settings.partyMaxSize() + " members)");
        }
        if (!invites.isLive(partyId, characterId, now)) {
            throw GameException.forbidden("there is no live invitation to that party");
        }
        long nextSeq = members.stream().mapToLong(PartyMember::joinedSeq).max().orElse(-1) + 1;
        PartyMember joining = new PartyMember(characterId, partyId, now, nextSeq);
        try {
            parties.storeNow(joining);
        } catch (PersistenceException raced) {
            throw new GameException(ErrorCode.ALREADY_IN_PARTY, "leave your current party first");
        }
        afterCommit.run("using up the invitation of " + characterId + " to party " + partyId,
                () -> invites.take(partyId, characterId, now));
        directory.joined(partyId, characterId);
        // The members read before joining, plus the newcomer: reading them again after the insert could
        // deadlock with a concurrent join of another party on the embedded database's table scan.
        List<PartyMember> after = new ArrayList<>(members);
        after.add(joining);
        bus.publish(new Audience.Party(partyId), update(view(party, after), JOINED));
    }

    @Transactional(dontRollbackOn = GameException.class)
    public void leave(long characterId, Long partyIdField) {
        long partyId = Inputs.id("party_id", partyIdField);
        PartyMember membership = parties.membership(characterId)
                .filter(m -> m.partyId() == partyId)
                .orElseThrow(() -> GameException.forbidden("you are not in that party"));
        Party party = parties.lock(partyId).orElseThrow(() -> GameException.notFound("no party " + partyId));
        directory.load();
        // Read before the delete, for the same reason as in join.
        List<PartyMember> remaining = new ArrayList<>(parties.members(partyId));
        remaining.removeIf(m -> m.characterId() == characterId);
        parties.remove(membership);
        directory.left(partyId, characterId);
        if (remaining.isEmpty()) {
            PartyView last = view(party, List.of());
            parties.remove(party);
            invites.dropParty(partyId);
            directory.disbanded(partyId);
            bus.publish(Audience.character(characterId), update(last, DISBANDED));
            return;
        }
        String event = LEFT;
        if (party.leaderId() == characterId) {
            party.passLeadTo(remaining.get(0).characterId());
            event = LEADER_CHANGED;
        }
        PartyView after = view(party, remaining);
        bus.publish(Audience.character(characterId), update(after, LEFT));
        bus.publish(new Audience.Characters(Set.copyOf(remaining.stream().map(PartyMember::characterId).toList())),
                update(after, event));
    }

    /** Drops invitations past their expiry; called by the party clock. */
    public void expireInvites() {
        invites.dropExpired(clock.millis());
    }

    private PartyView view(Party party) {
        return view(party, parties.members(party.id()));
    }

    private PartyView view(Party party, List<PartyMember> members) {
        List<com.shardsofeternity.protocol.model.PartyMember> views = new ArrayList<>(members.size());
        for (PartyMember member : members) {
            characters.find(member.characterId()).ifPresent(c ->
                    views.add(new com.shardsofeternity.protocol.model.PartyMember(c.id(), c.name(), c.level())));
        }
        return new PartyView(party.id(), party.name(), party.leaderId(), views, party.createdAt());
    }

    private com.shardsofeternity.server.realtime.ServerMessage update(PartyView view, String event) {
        return messages.of(MessageTypes.PARTY_UPDATE,
                new PartyUpdate(view.id(), view.name(), view.leaderId(), view.members(), view.createdAt(), event));
    }
}
