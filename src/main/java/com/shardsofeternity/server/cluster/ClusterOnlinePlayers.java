package com.shardsofeternity.server.cluster;

import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.operations.LocalOnlinePlayers;
import com.shardsofeternity.server.operations.OnlinePlayerRow;
import com.shardsofeternity.server.operations.OnlinePlayers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The operator's reach across the cluster. Who is online comes from the presence directory, which names
 * the node holding each character; each of those nodes is asked for its own rows (session, account,
 * whether the socket is up) at once, and a kick is carried out by the node holding the character, so
 * its socket closes there with 4003 and every node learns that the session ended.
 */
@ApplicationScoped
@Typed(ClusterOnlinePlayers.class)
public class ClusterOnlinePlayers implements OnlinePlayers {

    static final String LIST = "admin_players";
    static final String KICK = "admin_kick";
    private static final Logger LOG = Logger.getLogger(ClusterOnlinePlayers.class.getName());
    /** The operations page asks every 2 s; a node that cannot answer sooner is left out of this reading. */
    private static final Duration LIST_TIMEOUT = Duration.ofMillis(1500);
    private static final long SILENCE_WARNING_MILLIS = 60_000;

    @Inject
    LocalOnlinePlayers local;
    @Inject
    RedisPresence presence;
    @Inject
    NodeCalls calls;
    @Inject
    GameSettings settings;

    private final Jsonb jsonb = JsonbBuilder.create(MessageCodec.jsonbConfig());
    private volatile long lastSilenceWarning;

    /** Answers the other nodes' calls: this node's rows, and kicks of characters it holds. */
    void serve() {
        calls.answer(LIST, body -> Json.createObjectBuilder().add("players", toJson(local.list())).build());
        calls.answer(KICK, body -> Json.createObjectBuilder()
                .add("session_id", local.kick(body.getJsonNumber("character_id").longValue())).build());
    }

    /**
     * Every character listed online in the presence directory, with the row its node gives. A character
     * appears once, as the node presence names tells it; players of a node that does not answer in time
     * are left out of this reading (and a warning says so).
     */
    @Override
    public List<OnlinePlayerRow> list() {
        Map<Long, String> holders = presence.holders();
        Set<String> others = new HashSet<>(holders.values());
        others.remove(settings.nodeName());
        List<OnlinePlayerRow> rows = new ArrayList<>();
        keepHeldBy(settings.nodeName(), local.list(), holders, rows);
        Map<String, JsonObject> answers = calls.callEach(others, LIST, JsonValue.EMPTY_JSON_OBJECT, LIST_TIMEOUT);
        answers.forEach((node, answer) -> keepHeldBy(node, fromJson(answer), holders, rows));
        if (answers.size() < others.size()) {
            warnOfSilence(others, answers.keySet());
        }
        rows.sort(Comparator.comparing(OnlinePlayerRow::characterName, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    /** Kicks on this node when it holds the character, else on the node presence names. */
    @Override
    public String kick(long characterId) {
        String holder = presence.holderOf(characterId).orElse(settings.nodeName());
        if (holder.equals(settings.nodeName())) {
            return local.kick(characterId);
        }
        try {
            return calls.call(holder, KICK, Json.createObjectBuilder().add("character_id", characterId).build())
                    .getString("session_id");
        } catch (GameException refused) {
            // It may have moved here meanwhile (resumed on this node); otherwise the holder's refusal stands.
            if (presence.holderOf(characterId).filter(settings.nodeName()::equals).isPresent()) {
                return local.kick(characterId);
            }
            throw refused;
        }
    }

    /** Rows of {@code node} for the characters presence says it holds (a session moving between nodes counts once). */
    private static void keepHeldBy(String node, List<OnlinePlayerRow> nodeRows, Map<Long, String> holders,
                                   List<OnlinePlayerRow> rows) {
        for (OnlinePlayerRow row : nodeRows) {
            if (node.equals(holders.get(row.characterId()))) {
                rows.add(row);
            }
        }
    }

    private JsonArray toJson(List<OnlinePlayerRow> rows) {
        return Json.createReader(new StringReader(jsonb.toJson(rows.toArray(OnlinePlayerRow[]::new)))).readArray();
    }

    private List<OnlinePlayerRow> fromJson(JsonObject answer) {
        return List.of(jsonb.fromJson(answer.getJsonArray("players").toString(), OnlinePlayerRow[].class));
    }

    private void warnOfSilence(Set<String> asked, Set<String> answered) {
        long now = System.currentTimeMillis();
        if (now - lastSilenceWarning < SILENCE_WARNING_MILLIS) {
            return;
        }
        lastSilenceWarning = now;
        Set<String> silent = new HashSet<>(asked);
        silent.removeAll(answered);
        LOG.warning(() -> "the players of node(s) " + silent + " are missing from the operations overview:"
                + " they did not answer within " + LIST_TIMEOUT.toMillis() + " ms");
    }
}
