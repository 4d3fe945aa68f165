package com.shardsofeternity.server.character;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.model.CharacterView;
import com.shardsofeternity.protocol.model.CreateCharacterRequest;
import com.shardsofeternity.protocol.model.SelectCharacterRequest;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.RefusalsRollBack;
import com.shardsofeternity.server.auth.SessionService;
import com.shardsofeternity.server.auth.SessionState;
import com.shardsofeternity.server.validation.Inputs;
import com.shardsofeternity.server.world.GameData;
import com.shardsofeternity.server.world.WorldSeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/** Creating, listing and selecting characters. */
@ApplicationScoped
@RefusalsRollBack
public class CharacterService {

    private static final Logger LOG = Logger.getLogger(CharacterService.class.getName());
    /** Keeps one account from filling the name space. */
    static final int MAX_CHARACTERS_PER_ACCOUNT = 10;

    @Inject
    CharacterRepository characters;
    @Inject
    SessionService sessions;
    @Inject
    GameData data;
    @Inject
    Clock clock;
    @Inject
    Event<CharacterSelected> selectedEvents;

    @Transactional(dontRollbackOn = GameException.class)
    public List<CharacterView> listOwn(SessionState session) {
        return characters.ofAccount(session.accountId()).stream().map(c -> CharacterViews.view(c, data)).toList();
    }

    @Transactional(dontRollbackOn = GameException.class)
    public CharacterView create(SessionState session, CreateCharacterRequest request) {
        Inputs.present("body", request);
        String name = Inputs.characterName(request.name());
        WorldSeed.SeedFaction faction = data.faction(Inputs.present("faction", request.faction()))
                .orElseThrow(() -> GameException.invalid("faction must be one of " + data.factionNames()));
        if (characters.nameTaken(name)) {
            throw new GameException(ErrorCode.NAME_TAKEN, "that character name is taken");
        }
        if (characters.ofAccount(session.accountId()).size() >= MAX_CHARACTERS_PER_ACCOUNT) {
            throw GameException.forbidden("an account has at most " + MAX_CHARACTERS_PER_ACCOUNT + " characters");
        }
        CharacterStats stats = new CharacterStats(faction.maxHealth(), faction.attack(), faction.defense(), faction.agility());
        PlayerCharacter character = new PlayerCharacter(session.accountId(), name, faction.name(), stats,
                data.startingLocationId(), clock.millis());
        data.items().forEach(item -> {
            if (item.startingQuantity() != null && item.startingQuantity() > 0) {
                character.addItems(item.id(), item.startingQuantity());
            }
        });
        try {
            characters.storeNow(character);
        } catch (PersistenceException raced) {
            // Two creations of one name at once: the unique index decides.
            throw new GameException(ErrorCode.NAME_TAKEN, "that character name is taken");
        }
        LOG.fine(() -> "account " + session.accountId() + " created character " + character.id());
        return CharacterViews.view(character, data);
    }

    /** The stored character; for bringing a character online (socket threads need the transaction context). */
    @Transactional(dontRollbackOn = GameException.class)
    public java.util.Optional<PlayerCharacter> find(long characterId) {
        return characters.find(characterId);
    }

    /** Stores where a character was last seen (on going offline or after a move). */
    @Transactional(dontRollbackOn = GameException.class)
    public void savePlace(long characterId, long locationId, com.shardsofeternity.protocol.model.Position position, long seenAt) {
        characters.find(characterId).ifPresent(character -> {
            if (character.locationId() != locationId) {
                character.moveTo(locationId, position, seenAt);
            } else {
                character.placeAt(position, seenAt);
            }
        });
    }

    @Transactional(dontRollbackOn = GameException.class)
    public void saveHealth(long characterId, int health) {
        characters.find(characterId).ifPresent(character -> character.setHealth(health));
    }

    @Transactional(dontRollbackOn = GameException.class)
    public void consumeItem(long characterId, long itemId) {
        characters.find(characterId).ifPresent(character -> character.consumeItem(itemId));
    }

    @Transactional(dontRollbackOn = GameException.class)
    public CharacterView select(SessionState session, SelectCharacterRequest request) {
        Inputs.present("body", request);
        long characterId = Inputs.id("character_id", request.characterId());
        PlayerCharacter character = characters.find(characterId)
                .orElseThrow(() -> GameException.notFound("no character " + characterId));
        if (character.accountId() != session.accountId()) {
            throw GameException.forbidden("that character belongs to another player");
        }
        Long previous = session.characterId();
        sessions.selectCharacter(session, characterId);
        selectedEvents.fire(new CharacterSelected(session.sessionId(), characterId, previous));
        return CharacterViews.view(character, data);
    }
}
