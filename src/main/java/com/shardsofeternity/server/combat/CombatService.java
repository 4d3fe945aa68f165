package com.shardsofeternity.server.combat;

import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.CharacterUpdate;
import com.shardsofeternity.protocol.message.CombatAction;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.character.CharacterService;
import com.shardsofeternity.server.character.PlayerCharacter;
import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.realtime.Audience;
import com.shardsofeternity.server.realtime.CharacterOffline;
import com.shardsofeternity.server.realtime.EventBus;
import com.shardsofeternity.server.realtime.OnlineCharacter;
import com.shardsofeternity.server.realtime.PartyRoster;
import com.shardsofeternity.server.realtime.PresenceService;
import com.shardsofeternity.server.realtime.ServerMessage;
import com.shardsofeternity.server.realtime.ServerMessages;
import com.shardsofeternity.server.world.GameData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts combats, applies actions and turn time-outs, and makes their consequences stick: health is
 * stored and announced ({@code character_update} to the location and the party) after every change,
 * and every participant gets the new {@code combat_state}. A fighter who goes offline for good leaves
 * its combat as fled: at once when its session was on this node, else when the running turn times out.
 */
@ApplicationScoped
public class CombatService {

    private static final Logger LOG = Logger.getLogger(CombatService.class.getName());
    private static final int MAX_TARGETS = 8;
    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    PresenceService presence;
    @Inject
    CharacterService characters;
    @Inject
    GameData data;
    @Inject
    EventBus bus;
    @Inject
    ServerMessages messages;
    @Inject
    Instance<PartyRoster> parties;
    @Inject
    GameSettings settings;
    @Inject
    Clock clock;
    @Inject
    CombatDirectory directory;

    /** The combats this node runs. */
    private final Map<String, Combat> combats = new ConcurrentHashMap<>();

    public void start(long initiatorId, List<Long> targetIds) {
        if (targetIds == null || targetIds.isEmpty() || targetIds.size() > MAX_TARGETS) {
            throw GameException.invalid("target_ids must list 1-" + MAX_TARGETS + " characters");
        }
        Set<Long> targets = new LinkedHashSet<>(targetIds);
        if (targets.contains(null) || targets.contains(initiatorId)) {
            throw GameException.invalid("target_ids must be other characters");
        }
        OnlineCharacter initiator = presence.find(initiatorId)
                .orElseThrow(() -> GameException.forbidden("your character is not online"));
        for (Long targetId : targets) {
            presence.lookup(targetId)
                    .filter(t -> t.locationId() == initiator.locationId())
                    .orElseThrow(() -> GameException.forbidden("character " + targetId + " is not online in your location"));
        }
        List<Fighter> fighters = new ArrayList<>();
        fighters.add(fighter(initiatorId, 0));
        targets.forEach(targetId -> fighters.add(fighter(targetId, 1)));
        for (Fighter fighter : fighters) {
            if (fighter.health() <= 0) {
                throw GameException.forbidden(fighter.name() + " is too wounded to fight");
            }
        }
        begin(new Combat(UUID.randomUUID().toString(), fighters, new CombatRules(random(fighters)), clock.millis()));
    }

    /** Claims the fighters of a new combat, runs it on this node and tells them it started. */
    void begin(Combat combat) {
        if (!directory.claim(combat.participantIds(), combat.id())) {
            throw GameException.forbidden("someone of those is already in a combat");
        }
        combats.put(combat.id(), combat);
        bus.publish(new Audience.Characters(Set.copyOf(combat.participantIds())),
                messages.of(MessageTypes.COMBAT_START, combat.startView()));
    }

    public void act(long actorId, CombatAction action) {
        if (action.combatId() == null || action.combatId().isBlank()) {
            throw GameException.invalid("combat_id is required");
        }
        Combat combat = combats.get(action.combatId());
        if (combat == null) {
            String owner = directory.ownerOf(action.combatId())
                    .orElseThrow(() -> GameException.notFound("no combat " + action.combatId()));
            directory.forward(owner, actorId, action);
            return;
        }
        synchronized (combat) {
            combat.act(actorId, action, data, clock.millis());
            settle(combat);
        }
    }

    /**
     * Passes every turn that ran out; called every second by the combat clock. Fighters no longer online
     * anywhere (their session went offline on another node, say) are taken out first, as fled.
     */
    public void expireTurns() {
        long now = clock.millis();
        for (Combat combat : combats.values()) {
            synchronized (combat) {
                if (!combat.isEnded() && now - combat.turnStartedAt() >= settings.combatTurnTimeoutMillis()) {
                    for (Fighter fighter : combat.fighters()) {
                        if (fighter.isActive() && !presence.isOnline(fighter.characterId())) {
                            combat.withdraw(fighter.characterId(), now);
                        }
                    }
                    if (!combat.isEnded() && now - combat.turnStartedAt() >= settings.combatTurnTimeoutMillis()) {
                        combat.timeOut(now);
                    }
                    settle(combat);
                }
            }
        }
    }

    /**
     * A character left the game for good (logout, another character selected, or away past the resume
     * window): it leaves the combat it is in on this node as fled, and the others get the new state.
     */
    public void withdraw(long characterId) {
        long now = clock.millis();
        for (Combat combat : combats.values()) {
            synchronized (combat) {
                if (combat.withdraw(characterId, now)) {
                    settle(combat);
                }
            }
        }
    }

    /** Whether a character is still fighting (status active) in a combat this node runs. */
    public boolean isFighting(long characterId) {
        for (Combat combat : combats.values()) {
            synchronized (combat) {
                if (combat.holds(characterId)) {
                    return true;
                }
            }
        }
        return false;
    }

    void onOffline(@Observes CharacterOffline offline) {
        try {
            withdraw(offline.characterId());
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "could not take character " + offline.characterId() + " out of its combat", failure);
        }
    }

    private void settle(Combat combat) {
        List<Long> used = combat.drainItemsUsed();
        for (int i = 0; i + 1 < used.size(); i += 2) {
            characters.consumeItem(used.get(i), used.get(i + 1));
        }
        for (Long changed : combat.drainHealthChanges()) {
            combat.fighter(changed).ifPresent(f -> storeHealth(f.characterId(), f.health()));
        }
        bus.publish(new Audience.Characters(Set.copyOf(combat.participantIds())),
                messages.of(MessageTypes.COMBAT_STATE, combat.stateView()));
        if (!combat.isEnded()) {
            directory.keepAlive(combat.participantIds(), combat.id());
        } else {
            combats.remove(combat.id());
            directory.release(combat.participantIds(), combat.id());
            for (Fighter fighter : combat.fighters()) {
                if (fighter.health() == 0) {
                    storeHealth(fighter.characterId(), 1);
                }
            }
        }
    }

    private void storeHealth(long characterId, int health) {
        characters.saveHealth(characterId, health);
        Optional<OnlineCharacter> online = presence.find(characterId);
        online.ifPresent(o -> o.health(health));
        characters.find(characterId).ifPresent(stored -> announce(stored, online.map(OnlineCharacter::locationId)
                .orElse(stored.locationId())));
    }

    private void announce(PlayerCharacter character, long locationId) {
        ServerMessage update = messages.of(MessageTypes.CHARACTER_UPDATE, new CharacterUpdate(character.id(),
                character.name(), character.health(), character.maxHealth(), locationId, character.level()));
        Set<Long> audience = new LinkedHashSet<>(presence.allCharacterIdsAt(locationId));
        if (parties.isResolvable()) {
            parties.get().partyOf(character.id()).ifPresent(party -> audience.addAll(parties.get().memberIds(party)));
        }
        audience.add(character.id());
        bus.publish(new Audience.Characters(Set.copyOf(audience)), update);
    }

    private Fighter fighter(long characterId, int side) {
        PlayerCharacter stored = characters.find(characterId)
                .orElseThrow(() -> GameException.forbidden("character " + characterId + " is gone"));
        var stats = stored.stats();
        return new Fighter(stored.id(), stored.name(), stored.faction(), side, stored.level(), stored.health(),
                stats.maxHealth(), stats.attack(), stats.defense(), stats.agility(), stored.items());
    }

    private SplittableRandom random(Collection<Fighter> fighters) {
        var seed = settings.combatRandomSeed();
        if (seed.isEmpty()) {
            return new SplittableRandom(SEEDS.nextLong());
        }
        long mixed = seed.getAsLong();
        for (long id : fighters.stream().map(Fighter::characterId).sorted().toList()) {
            mixed = mixed * 31 + id;
        }
        return new SplittableRandom(mixed);
    }
}
