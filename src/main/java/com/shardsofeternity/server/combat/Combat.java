package com.shardsofeternity.server.combat;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.message.CombatAction;
import com.shardsofeternity.protocol.message.CombatParticipant;
import com.shardsofeternity.protocol.message.CombatStart;
import com.shardsofeternity.protocol.message.CombatState;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.world.GameData;
import com.shardsofeternity.server.world.WorldSeed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One fight, as a state machine the server drives: whose turn it is, what each action does, when a
 * turn has run out, and when one side is left. Not thread-safe; {@link CombatService} serialises
 * access per combat.
 */
public final class Combat {

    private static final int MAX_LOG = 50;

    private final String id;
    private final Map<Long, Fighter> fighters = new LinkedHashMap<>();
    private final List<Long> turnOrder;
    private final CombatRules rules;
    private final List<String> log = new ArrayList<>();
    private int activeIndex;
    private int turnNumber = 1;
    private long turnStartedAt;
    private boolean ended;
    private List<Long> winners = List.of();
    /** Characters whose health changed since the last call of {@link #drainHealthChanges()}. */
    private final Set<Long> healthChanged = new LinkedHashSet<>();
    private final List<Long> itemsUsed = new ArrayList<>();

    public Combat(String id, List<Fighter> participants, CombatRules rules, long now) {
        this.id = id;
        this.rules = rules;
        participants.forEach(f -> fighters.put(f.characterId(), f));
        this.turnOrder = participants.stream()
                .sorted(Comparator.comparingInt(Fighter::agility).reversed()
                        .thenComparing(Comparator.comparingInt(Fighter::level).reversed())
                        .thenComparingLong(Fighter::characterId))
                .map(Fighter::characterId)
                .toList();
        this.turnStartedAt = now;
        log.add("Combat begins: " + String.join(" vs ", sideNames(0), sideNames(1)) + ".");
    }

    public String id() {
        return id;
    }

    public boolean isEnded() {
        return ended;
    }

    public Set<Long> participantIds() {
        return fighters.keySet();
    }

    public long activeCharacterId() {
        return turnOrder.get(activeIndex);
    }

    public long turnStartedAt() {
        return turnStartedAt;
    }

    public Optional<Fighter> fighter(long characterId) {
        return Optional.ofNullable(fighters.get(characterId));
    }

    public List<Fighter> fighters() {
        return List.copyOf(fighters.values());
    }

    /** Resolves the active character's action, then passes the turn (or ends the combat). */
    public void act(long actorId, CombatAction action, GameData data, long now) {
        if (ended) {
            throw GameException.forbidden("this combat has ended");
        }
        Fighter actor = fighters.get(actorId);
        if (actor == null) {
            throw GameException.forbidden("you are not in this combat");
        }
        if (actorId != activeCharacterId()) {
            throw new GameException(ErrorCode.NOT_YOUR_TURN, "it is " + fighters.get(activeCharacterId()).name() + "'s turn");
        }
        String type = action.actionType() == null ? "" : action.actionType();
        switch (type) {
            case "attack" -> attack(actor, opponent(actor, action.targetId()));
            case "spell" -> spell(actor, action, data);
            case "item" -> item(actor, action, data);
            case "defend" -> {
                actor.defend();
                record(actor.name() + " raises a guard.");
            }
            case "flee" -> flee(actor);
            default -> throw GameException.invalid("action_type must be attack, spell, item, defend or flee");
        }
        finishTurn(now);
    }

    /** The active character took too long: the turn passes. */
    public void timeOut(long now) {
        if (!ended) {
            record(fighters.get(activeCharacterId()).name() + " hesitates; the turn passes.");
            finishTurn(now);
        }
    }

    /**
     * A fighter left the game for good (logged out, selected another character, or stayed away past the
     * resume window): it counts as fled. On its own turn the turn passes at once; when its side has no one
     * left standing the combat ends. False when nothing changed (not in this combat, already out, or over).
     */
    public boolean withdraw(long characterId, long now) {
        Fighter leaver = fighters.get(characterId);
        if (ended || leaver == null || !leaver.isActive()) {
            return false;
        }
        boolean onTurn = characterId == activeCharacterId();
        leaver.flee();
        record(leaver.name() + " has left the game and flees the battle.");
        if (onTurn) {
            finishTurn(now);
        } else {
            endIfASideIsGone();
        }
        return true;
    }

    /** Whether a character is still fighting here, so must stay where the combat is. */
    public boolean holds(long characterId) {
        Fighter fighter = fighters.get(characterId);
        return !ended && fighter != null && fighter.isActive();
    }

    public List<Long> drainHealthChanges() {
        List<Long> changed = List.copyOf(healthChanged);
        healthChanged.clear();
        return changed;
    }

    /** Items used since the last call, as (character id, item id) pairs flattened. */
    public List<Long> drainItemsUsed() {
        List<Long> used = List.copyOf(itemsUsed);
        itemsUsed.clear();
        return used;
    }

    public CombatStart startView() {
        return new CombatStart(null, id, participants(), turnOrder, activeCharacterId(), turnNumber);
    }

    public CombatState stateView() {
        return new CombatState(id, turnNumber, ended ? null : activeCharacterId(), participants(), List.copyOf(log), ended, winners);
    }

    private void attack(Fighter actor, Fighter target) {
        int damage = rules.attack(actor, target);
        if (damage == 0) {
            record(actor.name() + " attacks " + target.name() + " and misses.");
        } else {
            hurt(actor.name() + " attacks", target, damage);
        }
    }

    private void spell(Fighter actor, CombatAction action, GameData data) {
        if (action.abilityName() == null || action.abilityName().isBlank()) {
            throw GameException.invalid("a spell needs ability_name");
        }
        WorldSeed.Ability ability = data.ability(actor.faction(), action.abilityName())
                .orElseThrow(() -> GameException.forbidden("you do not know " + action.abilityName()));
        if (ability.heals()) {
            Fighter target = ally(actor, action.targetId());
            int healed = target.heal(rules.spellHealing(ability.power()));
            healthChanged.add(target.characterId());
            record(actor.name() + " casts " + ability.name() + " on " + target.name() + ", restoring " + healed
                    + " health (" + target.health() + "/" + target.maxHealth() + ").");
        } else {
            Fighter target = opponent(actor, action.targetId());
            int damage = rules.spellDamage(actor, ability.power(), target);
            if (damage == 0) {
                record(actor.name() + " casts " + ability.name() + " at " + target.name() + " and misses.");
            } else {
                hurt(actor.name() + " casts " + ability.name() + " at", target, damage);
            }
        }
    }

    private void item(Fighter actor, CombatAction action, GameData data) {
        if (action.itemId() == null) {
            throw GameException.invalid("using an item needs item_id");
        }
        long itemId = action.itemId();
        WorldSeed.Item item = data.item(itemId).filter(i -> actor.hasItem(itemId))
                .orElseThrow(() -> GameException.forbidden("you have no item " + itemId));
        Fighter target = item.heals()
                ? (action.targetId() == null ? actor : ally(actor, action.targetId()))
                : (action.targetId() == null ? firstOpponent(actor) : opponent(actor, action.targetId()));
        actor.useItem(itemId);
        itemsUsed.add(actor.characterId());
        itemsUsed.add(itemId);
        if (item.heals()) {
            int healed = target.heal(item.power());
            healthChanged.add(target.characterId());
            record(actor.name() + " uses " + item.name() + " on " + target.name() + ", restoring " + healed
                    + " health (" + target.health() + "/" + target.maxHealth() + ").");
        } else {
            hurt(actor.name() + " throws " + item.name() + " at", target, item.power());
        }
    }

    private void flee(Fighter actor) {
        int fastest = fighters.values().stream().filter(f -> f.side() != actor.side() && f.isActive())
                .mapToInt(Fighter::agility).max().orElse(0);
        if (rules.flee(actor, fastest)) {
            actor.flee();
            record(actor.name() + " flees the battle.");
        } else {
            record(actor.name() + " tries to flee but is cut off.");
        }
    }

    private void hurt(String what, Fighter target, int damage) {
        int dealt = target.takeDamage(damage);
        healthChanged.add(target.characterId());
        record(what + " " + target.name() + " for " + dealt + " damage (" + target.health() + "/" + target.maxHealth() + ")."
                + (target.isActive() ? "" : " " + target.name() + " is defeated."));
    }

    private Fighter opponent(Fighter actor, Long targetId) {
        if (targetId == null) {
            throw GameException.invalid("this action needs target_id");
        }
        Fighter target = fighters.get(targetId);
        if (target == null || target.side() == actor.side() || !target.isActive()) {
            throw GameException.forbidden("target " + targetId + " is not an opponent still fighting");
        }
        return target;
    }

    private Fighter ally(Fighter actor, Long targetId) {
        if (targetId == null) {
            return actor;
        }
        Fighter target = fighters.get(targetId);
        if (target == null || target.side() != actor.side() || !target.isActive()) {
            throw GameException.forbidden("target " + targetId + " is not an ally still fighting");
        }
        return target;
    }

    private Fighter firstOpponent(Fighter actor) {
        return fighters.values().stream().filter(f -> f.side() != actor.side() && f.isActive())
                .min(Comparator.comparingLong(Fighter::characterId))
                .orElseThrow(() -> GameException.forbidden("no opponent is left"));
    }

    private void finishTurn(long now) {
        if (endIfASideIsGone()) {
            return;
        }
        do {
            activeIndex = (activeIndex + 1) % turnOrder.size();
        } while (!fighters.get(turnOrder.get(activeIndex)).isActive());
        fighters.get(activeCharacterId()).endDefence();
        turnNumber++;
        turnStartedAt = now;
    }

    /** Ends the combat when one side has no one left standing; true when it has ended. */
    private boolean endIfASideIsGone() {
        for (int side = 0; side <= 1; side++) {
            int s = side;
            if (fighters.values().stream().noneMatch(f -> f.side() == s && f.isActive())) {
                ended = true;
                winners = fighters.values().stream().filter(f -> f.side() != s && f.isActive())
                        .map(Fighter::characterId).toList();
                record(winners.isEmpty() ? "The combat ends with no one standing."
                        : "The combat ends. Victory to " + names(winners) + ".");
                return true;
            }
        }
        return false;
    }

    private List<CombatParticipant> participants() {
        return fighters.values().stream().map(Fighter::view).toList();
    }

    private void record(String line) {
        log.add(line);
        if (log.size() > MAX_LOG) {
            log.remove(0);
        }
    }

    private String sideNames(int side) {
        return names(fighters.values().stream().filter(f -> f.side() == side).map(Fighter::characterId).toList());
    }

    private String names(List<Long> ids) {
        return String.join(", ", ids.stream().map(id -> fighters.get(id).name()).toList());
    }
}
