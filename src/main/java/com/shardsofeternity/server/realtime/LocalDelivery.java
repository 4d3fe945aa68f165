package com.shardsofeternity.server.realtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;

/** Delivers a message to the sessions of an audience that this node holds. */
@ApplicationScoped
public class LocalDelivery {

    @Inject
    SessionRegistry sessions;
    @Inject
    PresenceService presence;
    @Inject
    Instance<PartyRoster> parties;
    @Inject
    RealtimeMetrics metrics;

    public void deliver(Audience audience, ServerMessage message) {
        DeliveryTally tally = new DeliveryTally();
        if (audience instanceof Audience.Everyone) {
            for (PlayerSession session : sessions.withCharacter()) {
                tally.count(session.deliver(message));
            }
        } else if (audience instanceof Audience.Character character) {
            toCharacter(character.characterId(), message, tally);
        } else if (audience instanceof Audience.Session session) {
            sessions.find(session.sessionId()).ifPresent(s -> tally.count(s.deliver(message)));
        } else if (audience instanceof Audience.Location location) {
            for (Long characterId : presence.characterIdsAt(location.locationId())) {
                if (!characterId.equals(location.exceptCharacterId())) {
                    toCharacter(characterId, message, tally);
                }
            }
        } else if (audience instanceof Audience.Faction faction) {
            for (PlayerSession session : sessions.withCharacter()) {
                if (faction.faction().equals(session.faction())) {
                    tally.count(session.deliver(message));
                }
            }
        } else if (audience instanceof Audience.Party party) {
            if (parties.isResolvable()) {
                toCharacters(parties.get().memberIds(party.partyId()), message, tally);
            }
        } else if (audience instanceof Audience.Characters characters) {
            toCharacters(characters.characterIds(), message, tally);
        }
        metrics.sent(message.type(), tally);
    }

    private void toCharacters(Collection<Long> characterIds, ServerMessage message, DeliveryTally tally) {
        for (Long characterId : characterIds) {
            toCharacter(characterId, message, tally);
        }
    }

    private void toCharacter(long characterId, ServerMessage message, DeliveryTally tally) {
        PlayerSession session = sessions.byCharacter(characterId);
        if (session != null) {
            tally.count(session.deliver(message));
        }
    }
}
