package com.shardsofeternity.client.presence;

import com.shardsofeternity.protocol.model.CharacterView;
import java.util.Optional;

/**
 * What the client knows about its own player: ids from login and auth, and the selected character's
 * location as moves, selections and server updates reveal it. Needed to refresh the right location
 * after a resync and to answer {@code getNearbyPlayers()} without an argument.
 */
public final class LocalPlayer {

    private volatile Long playerId;
    private volatile Long characterId;
    private volatile String characterName;
    private volatile Long locationId;

    public Optional<Long> playerId() {
        return Optional.ofNullable(playerId);
    }

    public Optional<Long> characterId() {
        return Optional.ofNullable(characterId);
    }

    public Optional<String> characterName() {
        return Optional.ofNullable(characterName);
    }

    public Optional<Long> locationId() {
        return Optional.ofNullable(locationId);
    }

    public void playerId(Long id) {
        this.playerId = id;
    }

    /** The character the session plays, when the server names it (auth) without details. */
    public synchronized void characterId(Long id) {
        if (id != null && !id.equals(characterId)) {
            characterName = null;
            locationId = null;
        }
        this.characterId = id;
    }

    /** The character selected or re-read over REST. */
    public synchronized void character(CharacterView character) {
        this.characterId = character.id();
        this.characterName = character.name();
        this.locationId = character.locationId();
    }

    public void locationId(Long id) {
        this.locationId = id;
    }

    /** Whether {@code id} is the character this session plays. */
    public boolean isSelf(Long id) {
        return id != null && id.equals(characterId);
    }

    /** Logged out: nothing is known any more. */
    public synchronized void clear() {
        playerId = null;
        characterId = null;
        characterName = null;
        locationId = null;
    }
}
