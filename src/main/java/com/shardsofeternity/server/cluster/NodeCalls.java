package com.shardsofeternity.server.cluster;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.config.GameSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Request and answer between nodes over Redis: each node listens on its own channel; a call names the
 * node, waits for its answer (a refusal comes back as the same {@link GameException}), and gives up
 * after a timeout. A node may also ask several nodes at once and take the answers that come in time.
 */
@ApplicationScoped
public class NodeCalls {

    private static final Logger LOG = Logger.getLogger(NodeCalls.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Inject
    Redis redis;
    @Inject
    GameSettings settings;
    @Resource
    ManagedThreadFactory threads;

    private final Map<String, CompletableFuture<JsonObject>> waiting = new ConcurrentHashMap<>();
    private final Map<String, Function<JsonObject, JsonObject>> handlers = new ConcurrentHashMap<>();
    private ExecutorService workers;

    void start() {
        workers = Executors.newFixedThreadPool(2, threads);
        redis.subscribe(channel(settings.nodeName()), text -> workers.execute(() -> receive(text)));
    }

    @PreDestroy
    void stop() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    /** Serves calls of {@code kind}: the handler returns normally or throws a GameException. */
    public void handle(String kind, Consumer<JsonObject> handler) {
        answer(kind, body -> {
            handler.accept(body);
            return JsonValue.EMPTY_JSON_OBJECT;
        });
    }

    /** Serves calls of {@code kind} with an answer: the handler returns it or throws a GameException. */
    public void answer(String kind, Function<JsonObject, JsonObject> handler) {
        handlers.put(kind, handler);
    }

    /** Calls a node and waits for its answer; its refusal is thrown as the same GameException. */
    public JsonObject call(String node, String kind, JsonObject body) {
        String id = UUID.randomUUID().toString();
        try {
            return answerOf(send(id, node, kind, body).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException silent) {
            throw new GameException(ErrorCode.INTERNAL_ERROR, "the server node running this did not answer; try again");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new GameException(ErrorCode.INTERNAL_ERROR, "interrupted while waiting for another server node");
        } catch (ExecutionException impossible) {
            throw new GameException(ErrorCode.INTERNAL_ERROR, "another server node failed");
        } finally {
            waiting.remove(id);
        }
    }

    /**
     * Calls several nodes at once and waits at most {@code timeout} for all of them.
     *
     * @return the answers of the nodes that answered in time, by node; refusals and silence are left out
     */
    public Map<String, JsonObject> callEach(Collection<String> nodes, String kind, JsonObject body, Duration timeout) {
        Map<String, String> ids = new HashMap<>();
        Map<String, CompletableFuture<JsonObject>> replies = new HashMap<>();
        nodes.forEach(node -> {
            String id = UUID.randomUUID().toString();
            ids.put(node, id);
            replies.put(node, send(id, node, kind, body));
        });
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, JsonObject> answers = new HashMap<>();
        try {
            for (Map.Entry<String, CompletableFuture<JsonObject>> reply : replies.entrySet()) {
                try {
                    long left = Math.max(0, deadline - System.nanoTime());
                    answers.put(reply.getKey(), answerOf(reply.getValue().get(left, TimeUnit.NANOSECONDS)));
                } catch (TimeoutException | ExecutionException | GameException unanswered) {
                    LOG.fine(() -> reply.getKey() + " did not answer " + kind + ": " + unanswered);
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            ids.values().forEach(waiting::remove);
        }
        return answers;
    }

    private CompletableFuture<JsonObject> send(String id, String node, String kind, JsonObject body) {
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        waiting.put(id, reply);
        redis.publish(channel(node), Json.createObjectBuilder().add("id", id).add("from", settings.nodeName())
                .add("kind", kind).add("body", body).build().toString());
        return reply;
    }

    /** The answer in a reply, or its refusal thrown. */
    private static JsonObject answerOf(JsonObject reply) {
        if (reply.containsKey("error_code")) {
            ErrorCode code = ErrorCode.fromWire(reply.getString("error_code"));
            throw new GameException(code == null ? ErrorCode.INTERNAL_ERROR : code, reply.getString("error_message", ""));
        }
        return reply.containsKey("body") ? reply.getJsonObject("body") : JsonValue.EMPTY_JSON_OBJECT;
    }

    private void receive(String text) {
        JsonObject message = Json.createReader(new StringReader(text)).readObject();
        String id = message.getString("id");
        if (message.containsKey("reply")) {
            CompletableFuture<JsonObject> answer = waiting.get(id);
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        var reply = Json.createObjectBuilder().add("id", id).add("reply", true);
        Function<JsonObject, JsonObject> handler = handlers.get(message.getString("kind"));
        try {
            if (handler == null) {
                throw new GameException(ErrorCode.NOT_FOUND, "this node does not serve " + message.getString("kind"));
            }
            JsonObject answer = handler.apply(message.getJsonObject("body"));
            if (answer != null) {
                reply.add("body", answer);
            }
        } catch (GameException refused) {
            reply.add("error_code", refused.errorCode().name()).add("error_message", refused.getMessage());
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "serving a call from " + message.getString("from") + " failed", failure);
            reply.add("error_code", ErrorCode.INTERNAL_ERROR.name()).add("error_message", "another server node failed");
        }
        redis.publish(channel(message.getString("from")), reply.build().toString());
    }

    private String channel(String node) {
        return redis.key("node:") + node;
    }
}
