package com.shardsofeternity.server.cluster;

import com.shardsofeternity.protocol.message.CombatAction;
import com.shardsofeternity.server.combat.CombatDirectory;
import com.shardsofeternity.server.config.GameSettings;
import io.lettuce.core.ScriptOutputType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Combat ownership in Redis: a key per fighting character (claimed all-or-nothing by a Lua script, so
 * no one fights twice across nodes) and a key per combat naming the node that runs it; actions that
 * reach another node are forwarded to the owner.
 */
@ApplicationScoped
@Typed(RedisCombatDirectory.class)
public class RedisCombatDirectory implements CombatDirectory {

    static final String FORWARDED_ACTION = "combat_action";
    /** Claims outlive a turn time-out several times over, and expire soon after their node dies. */
    private static final String LIFETIME_MS = Long.toString(3 * 60 * 1000L);
    private static final String CLAIM = """
            for i = 2, #KEYS do
              if redis.call('EXISTS', KEYS[i]) == 1 then return 0 end
            end
            for i = 2, #KEYS do
              redis.call('SET', KEYS[i], ARGV[1], 'PX', ARGV[3])
            end
            redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
            return 1
            """;
    private static final String RELEASE = """
            for i = 2, #KEYS do
              if redis.call('GET', KEYS[i]) == ARGV[1] then redis.call('DEL', KEYS[i]) end
            end
            redis.call('DEL', KEYS[1])
            return 1
            """;

    private static final String KEEP_ALIVE = """
            for i = 2, #KEYS do
              if redis.call('GET', KEYS[i]) == ARGV[1] then redis.call('PEXPIRE', KEYS[i], ARGV[2]) end
            end
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 1
            """;

    @Inject
    Redis redis;
    @Inject
    NodeCalls calls;
    @Inject
    GameSettings settings;

    @Override
    public boolean claim(Collection<Long> characterIds, String combatId) {
        Long claimed = redis.sync().eval(CLAIM, ScriptOutputType.INTEGER, keys(combatId, characterIds),
                combatId, settings.nodeName(), LIFETIME_MS);
        return claimed != null && claimed == 1;
    }

    @Override
    public void release(Collection<Long> characterIds, String combatId) {
        redis.sync().eval(RELEASE, ScriptOutputType.INTEGER, keys(combatId, characterIds), combatId);
    }

    @Override
    public void keepAlive(Collection<Long> characterIds, String combatId) {
        redis.async().eval(KEEP_ALIVE, ScriptOutputType.INTEGER, keys(combatId, characterIds), combatId, LIFETIME_MS);
    }

    @Override
    public Optional<String> ownerOf(String combatId) {
        return Optional.ofNullable(redis.sync().get(combatKey(combatId)));
    }

    @Override
    public void forward(String owner, long actorId, CombatAction action) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("actor_id", actorId).add("combat_id", action.combatId());
        if (action.actionType() != null) {
            body.add("action_type", action.actionType());
        }
        if (action.targetId() != null) {
            body.add("target_id", action.targetId());
        }
        if (action.abilityName() != null) {
            body.add("ability_name", action.abilityName());
        }
        if (action.itemId() != null) {
            body.add("item_id", action.itemId());
        }
        calls.call(owner, FORWARDED_ACTION, body.build());
    }

    private String[] keys(String combatId, Collection<Long> characterIds) {
        List<String> keys = new ArrayList<>();
        keys.add(combatKey(combatId));
        characterIds.forEach(id -> keys.add(redis.key("fighting:") + id));
        return keys.toArray(String[]::new);
    }

    private String combatKey(String combatId) {
        return redis.key("combat:") + combatId;
    }
}
