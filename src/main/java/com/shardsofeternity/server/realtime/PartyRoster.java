package com.shardsofeternity.server.realtime;

import java.util.Collection;
import java.util.Optional;

/** Party membership as delivery and chat need it. The party feature provides it. */
public interface PartyRoster {

    Collection<Long> memberIds(long partyId);

    Optional<Long> partyOf(long characterId);
}
