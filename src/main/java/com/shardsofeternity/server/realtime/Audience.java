package com.shardsofeternity.server.realtime;

import java.util.Set;

/** Who a published message is for. The event bus resolves an audience on every node. */
public sealed interface Audience {

    /** One character's session. */
    record Character(long characterId) implements Audience {
    }

    /** One session, whether or not it has selected a character. */
    record Session(String sessionId) implements Audience {
    }

    /** Everyone online in a location, except {@code exceptCharacterId} when it is not null. */
    record Location(long locationId, Long exceptCharacterId) implements Audience {
    }

    /** Every online member of a faction. */
    record Faction(String faction) implements Audience {
    }

    /** The online members of a party. */
    record Party(long partyId) implements Audience {
    }

    /** A fixed set of characters. */
    record Characters(Set<Long> characterIds) implements Audience {
    }

    /** Everyone online. */
    record Everyone() implements Audience {
    }

    static Audience character(long id) {
        return new Character(id);
    }

    static Audience location(long id) {
        return new Location(id, null);
    }

    static Audience locationExcept(long id, long characterId) {
        return new Location(id, characterId);
    }

    static Audience everyone() {
        return new Everyone();
    }
}
