package com.shardsofeternity.server.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.ClientConfig;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.client.dispatch.IncomingMessage;
import com.shardsofeternity.client.p2p.ConnectedPeer;
import com.shardsofeternity.client.realtime.ConnectionListener;
import com.shardsofeternity.client.realtime.SessionEnd;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.message.Chat;
import com.shardsofeternity.server.it.Polling;
import com.shardsofeternity.server.it.client.Refusals;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Liberty nodes of this build on one PostgreSQL and one Redis, driven by real clients: players
 * on different nodes must not notice that they are.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String PASSWORD = "cluster test password";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<GameClient> clients = new ArrayList<>();
    private ClusterNodes nodes;

    /** A player: logged in over REST on one node, playing over a socket on (possibly) another. */
    record Player(String username, String token, long characterId, GameClient client, BlockingQueue<IncomingMessage> inbox,
                  List<IncomingMessage> seen, BlockingQueue<SessionEnd> ends) {

        IncomingMessage await(String type, Predicate<IncomingMessage> matching) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                IncomingMessage next = inbox.poll(100, TimeUnit.MILLISECONDS);
                if (next != null && next.type().equals(type) && matching.test(next)) {
                    return next;
                }
            }
            throw new AssertionError(username + " never received a matching " + type);
        }

        IncomingMessage await(String type) throws InterruptedException {
            return await(type, message -> true);
        }
    }

    @BeforeAll
    void startCluster() throws Exception {
        nodes = new ClusterNodes();
        nodes.start();
    }

    @AfterAll
    void stopCluster() throws Exception {
        clients.forEach(GameClient::close);
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    @Order(1)
    void aTokenFromNodeAOpensASocketOnNodeB() throws Exception {
        Player alice = join(nodes.a, nodes.b.baseUrl(), "Crimson Covenant");
        assertThat(alice.client().connectionState().name()).isEqualTo("CONNECTED");
        assertThat(((JsonObject) get(nodes.b, "/api/world/state")).getInt("online_players")).isPositive();
    }

    @Test
    @Order(2)
    void chatOfEveryKindCrossesNodes() throws Exception {
        Player onA = join(nodes.a, nodes.a.baseUrl(), "Azure Order");
        Player onB = join(nodes.a, nodes.b.baseUrl(), "Azure Order");

        Await.result(onA.client().sendChat("global", "hello from A"));
        onB.await("chat", m -> m.json().getString("content").equals("hello from A"));
        Await.result(onB.client().sendChat("location", "location from B"));
        onA.await("chat", m -> m.json().getString("content").equals("location from B"));
        Await.result(onB.client().sendFactionChat("faction from B"));
        onA.await("chat", m -> m.json().getString("content").equals("faction from B"));
        Await.result(onA.client().sendWhisper(onB.characterId(), "whisper A to B"));
        onB.await("chat", m -> m.json().getString("content").equals("whisper A to B")
                && m.json().getString("channel").equals("whisper"));

        long partyId = Await.result(onA.client().createParty("Crossing")).id();
        Await.result(onA.client().inviteToParty(partyId, onB.characterId()));
        onB.await("party_invite", m -> m.json().getJsonNumber("party_id").longValue() == partyId);
        Await.result(onB.client().joinParty(partyId));
        onA.await("party_update", m -> m.json().getString("event").equals("joined"));
        Await.result(onB.client().sendPartyChat("party from B"));
        onA.await("chat", m -> m.json().getString("content").equals("party from B"));
    }

    @Test
    @Order(3)
    void presenceIsTheSameOnEveryNode() throws Exception {
        Player watcher = join(nodes.a, nodes.a.baseUrl(), "Verdant Circle");
        Player arriving = join(nodes.b, nodes.b.baseUrl(), "Verdant Circle");

        watcher.await("player_entered", m -> m.json().getJsonObject("player").getJsonNumber("character_id").longValue()
                == arriving.characterId());
        for (ClusterNodes.Node node : List.of(nodes.a, nodes.b)) {
            JsonArray players = (JsonArray) get(node, "/api/world/locations/1/players");
            Set<Long> ids = new HashSet<>();
            players.forEach(p -> ids.add(p.asJsonObject().getJsonNumber("character_id").longValue()));
            assertThat(ids).as("players in location 1 on " + node.name()).contains(watcher.characterId(), arriving.characterId());
        }
        int onlineOnA = ((JsonObject) get(nodes.a, "/api/world/state")).getInt("online_players");
        int onlineOnB = ((JsonObject) get(nodes.b, "/api/world/state")).getInt("online_players");
        assertThat(onlineOnA).isEqualTo(onlineOnB).isGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(4)
    void aShardCapturedOnNodeAIsSeenOnNodeB() throws Exception {
        Player captor = join(nodes.a, nodes.a.baseUrl(), "Crimson Covenant");
        Player witness = join(nodes.b, nodes.b.baseUrl(), "Azure Order");
        Await.result(captor.client().sendMove(1, 4));
        Await.result(captor.client().sendMove(4, 8));
        Await.result(captor.client().captureShard(1));

        IncomingMessage captured = witness.await("shard_captured", m -> m.json().getJsonNumber("shard_id").longValue() == 1);
        assertThat(captured.json().getString("faction")).isEqualTo("Crimson Covenant");
        witness.await("world_state");
        JsonArray shardsOnB = (JsonArray) get(nodes.b, "/api/world/shards");
        JsonObject phoenix = shardsOnB.getJsonObject(0);
        assertThat(phoenix.getString("name")).isEqualTo("Phoenix Flame");
        assertThat(phoenix.getString("owning_faction")).isEqualTo("Crimson Covenant");
    }

    @Test
    @Order(5)
    void playersOnDifferentNodesFightOneCombat() throws Exception {
        Player onA = join(nodes.a, nodes.a.baseUrl(), "Umbral Syndicate");
        Player onB = join(nodes.b, nodes.b.baseUrl(), "Azure Order");
        Await.result(onA.client().startCombat(List.of(onB.characterId())));
        IncomingMessage start = onB.await("combat_start");
        onA.await("combat_start");
        String combatId = start.json().getString("combat_id");
        long active = start.json().getJsonNumber("active_character_id").longValue();

        Player waiting = active == onA.characterId() ? onB : onA;
        Player acting = active == onA.characterId() ? onA : onB;
        assertThatThrownBy(() -> Await.result(waiting.client().attack(combatId, acting.characterId())))
                .isInstanceOfSatisfying(MasterServerException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_YOUR_TURN));

        Await.result(acting.client().defend(combatId));
        waiting.await("combat_state", m -> m.json().getInt("turn_number") == 2);
        Await.result(waiting.client().defend(combatId));
        acting.await("combat_state", m -> m.json().getInt("turn_number") == 3);
    }

    @Test
    @Order(6)
    void loginThrottlingHoldsAcrossBothNodes() throws Exception {
        // Reaching the nodes over IPv4 and IPv6 loopback splits the per-address count (3 + 2, under the
        // limit of 5), so only the per-username count, shared through Redis, can lock the login; and
        // the other tests' logins from this machine stay unaffected.
        String viaA = "http://127.0.0.1:" + nodes.a.httpPort();
        String viaB = "http://[::1]:" + nodes.b.httpPort();
        String username = register(nodes.a);
        for (int attempt = 0; attempt < 5; attempt++) {
            String base = attempt % 2 == 0 ? viaA : viaB;
            assertThat(login(base, username, "wrong password").statusCode()).isEqualTo(401);
        }
        assertThat(login(viaA, username, PASSWORD).statusCode()).isEqualTo(429);
        assertThat(login(viaB, username, PASSWORD).statusCode()).isEqualTo(429);
    }

    @Test
    @Order(7)
    void logoutOnNodeAClosesTheSocketOnNodeB() throws Exception {
        Player player = join(nodes.a, nodes.b.baseUrl(), "Crimson Covenant");
        HttpResponse<String> logout = http.send(HttpRequest.newBuilder(URI.create(nodes.a.baseUrl() + "/api/auth/logout"))
                .header("Authorization", "Bearer " + player.token()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(204);
        SessionEnd end = player.ends().poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(end).isNotNull();
        assertThat(end.closeCode()).isEqualTo(4001);
    }

    @Test
    @Order(8)
    void playersOnDifferentNodesAreIntroducedAndTalkDirectly() throws Exception {
        Player onA = join(nodes.a, nodes.a.baseUrl(), "Verdant Circle", withPeerListener());
        Player onB = join(nodes.b, nodes.b.baseUrl(), "Verdant Circle", withPeerListener());
        int portA = Await.result(onA.client().registerPeerListener());
        int portB = Await.result(onB.client().registerPeerListener());

        ConnectedPeer linked = onA.client().connectToPeer(onB.characterId()).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(linked.peerId()).isEqualTo(onB.characterId());
        assertThat(linked.encrypted()).isTrue();
        JsonObject dial = onA.await("p2p_offer").json();
        JsonObject accept = onB.await("p2p_offer").json();
        assertThat(dial.getString("role")).isEqualTo("dial");
        assertThat(dial.getJsonNumber("peer_id").longValue()).isEqualTo(onB.characterId());
        assertThat(dial.getInt("port")).isEqualTo(portB);
        assertThat(accept.getString("role")).isEqualTo("accept");
        assertThat(accept.getJsonNumber("peer_id").longValue()).isEqualTo(onA.characterId());
        assertThat(accept.getString("peer_name")).isEqualTo("Node " + onA.username());
        assertThat(accept.getInt("port")).isEqualTo(portA);
        assertThat(accept.getString("session_key")).isEqualTo(dial.getString("session_key")).hasSize(44);
        assertThat(accept.getString("ticket")).isEqualTo(dial.getString("ticket"));
        Polling.until("node B's player to list the link", WAIT, () -> onB.client().connectedPeers().stream()
                .anyMatch(peer -> peer.peerId() == onA.characterId()));

        Await.result(onA.client().sendToPeer(onB.characterId(), "chat", Chat.send("party", "peer line A to B")));
        IncomingMessage direct = onB.await("chat", m -> m.fromPeer() && m.json().getString("content").equals("peer line A to B"));
        assertThat(direct.peerId()).hasValue(onA.characterId());
    }

    @Test
    @Order(9)
    void introductionsAcrossNodesAreRefusedAsOnOneNode() throws Exception {
        Player onA = join(nodes.a, nodes.a.baseUrl(), "Azure Order", withPeerListener());
        Player withoutListener = join(nodes.b, nodes.b.baseUrl(), "Azure Order", withPeerListener());
        Player elsewhere = join(nodes.b, nodes.b.baseUrl(), "Azure Order", withPeerListener());
        Player leaving = join(nodes.b, nodes.b.baseUrl(), "Azure Order", withPeerListener());
        Await.result(elsewhere.client().registerPeerListener());
        Await.result(elsewhere.client().sendMove(1, 4));
        Await.result(leaving.client().registerPeerListener());
        Await.result(leaving.client().logout());

        assertThat(Refusals.codeOf(onA.client().connectToPeer(withoutListener.characterId()))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(Refusals.codeOf(onA.client().connectToPeer(elsewhere.characterId()))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(Refusals.codeOf(onA.client().connectToPeer(leaving.characterId()))).as("offline").isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(Refusals.codeOf(onA.client().connectToPeer(Long.MAX_VALUE))).as("unknown").isEqualTo(ErrorCode.NOT_FOUND);

        // Back online on node B with a new session: the listener of its earlier stay is forgotten.
        Player back = rejoin(leaving, nodes.b, withPeerListener());
        assertThat(Refusals.codeOf(onA.client().connectToPeer(back.characterId()))).isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    @Order(10)
    void theOverviewOnEitherNodeListsThePlayersOfBoth() throws Exception {
        Player onA = join(nodes.a, nodes.a.baseUrl(), "Umbral Syndicate");
        Player onB = join(nodes.a, nodes.b.baseUrl(), "Umbral Syndicate");
        String operator = operatorToken(nodes.a);

        for (ClusterNodes.Node node : List.of(nodes.a, nodes.b)) {
            HttpResponse<String> answer = get(node, "/api/admin/overview", operator);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonObject overview = json(answer.body());
            JsonArray players = overview.getJsonArray("players");
            for (Player player : List.of(onA, onB)) {
                JsonObject row = players.stream().map(JsonObject.class::cast)
                        .filter(p -> p.getJsonNumber("character_id").longValue() == player.characterId()).findFirst()
                        .orElseThrow(() -> new AssertionError(player.username() + " not listed on " + node.name() + ": " + overview));
                assertThat(row.getString("username")).isEqualTo(player.username());
                assertThat(row.getString("character_name")).isEqualTo("Node " + player.username());
                assertThat(row.getString("session_id")).isNotBlank();
                assertThat(row.getJsonNumber("location_id").longValue()).isEqualTo(1);
                assertThat(row.getBoolean("connected")).isTrue();
            }
            assertThat(overview.getInt("players_online")).isEqualTo(players.size());
        }
    }

    @Test
    @Order(11)
    void anOperatorOnNodeAKicksAPlayerConnectedToNodeB() throws Exception {
        Player onB = join(nodes.b, nodes.b.baseUrl(), "Crimson Covenant");
        String operator = operatorToken(nodes.a);

        HttpResponse<String> kick = post(nodes.a, "/api/admin/players/" + onB.characterId() + "/kick", operator, "");
        assertThat(kick.statusCode()).as(kick.body()).isEqualTo(204);
        SessionEnd end = onB.ends().poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(end).isNotNull();
        assertThat(end.closeCode()).isEqualTo(4003);
        for (ClusterNodes.Node node : List.of(nodes.a, nodes.b)) {
            HttpResponse<String> afterwards = get(node, "/api/characters", onB.token());
            assertThat(afterwards.statusCode()).isEqualTo(401);
            assertThat(json(afterwards.body()).getString("error_code")).isEqualTo("SESSION_EXPIRED");
        }

        HttpResponse<String> again = post(nodes.a, "/api/admin/players/" + onB.characterId() + "/kick", operator, "");
        assertThat(again.statusCode()).as("online nowhere any more").isEqualTo(404);
        assertThat(json(again.body()).getString("error_code")).isEqualTo("NOT_FOUND");
    }

    @Test
    @Order(12)
    void anOperatorOnNodeAEndsASessionOpenedAndPlayedOnNodeB() throws Exception {
        Player onB = join(nodes.b, nodes.b.baseUrl(), "Verdant Circle");
        String operator = operatorToken(nodes.a);
        String sessionId = json(get(nodes.a, "/api/admin/overview", operator).body()).getJsonArray("players").stream()
                .map(JsonObject.class::cast).filter(p -> p.getJsonNumber("character_id").longValue() == onB.characterId())
                .findFirst().orElseThrow().getString("session_id");

        HttpResponse<String> ended = post(nodes.a, "/api/admin/sessions/" + sessionId + "/end", operator, "");
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(204);
        SessionEnd end = onB.ends().poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(end).isNotNull();
        assertThat(end.closeCode()).isEqualTo(4001);
        assertThat(get(nodes.b, "/api/characters", onB.token()).statusCode()).isEqualTo(401);
    }

    @Test
    @Order(13)
    void theWorldClockTicksOncePerCluster() throws Exception {
        double beforeA = metric(nodes.a, "sote_world_clock_ticks_total");
        double beforeB = metric(nodes.b, "sote_world_clock_ticks_total");
        long started = System.nanoTime();
        Thread.sleep(6_000);
        double seconds = (System.nanoTime() - started) / 1e9;
        double ticksA = metric(nodes.a, "sote_world_clock_ticks_total") - beforeA;
        double ticksB = metric(nodes.b, "sote_world_clock_ticks_total") - beforeB;
        // One-second interval: about six ticks in all, on exactly one of the two nodes.
        assertThat(ticksA + ticksB).isBetween(seconds - 3, seconds + 1);
        assertThat(Math.min(ticksA, ticksB)).isZero();
    }

    @Test
    @Order(14)
    void clientsOfAKilledNodeResumeOnTheOtherWithNothingLostOrDoubled() throws Exception {
        try (LoadBalancer balancer = new LoadBalancer(nodes.a.httpPort())) {
            Player listener = join(nodes.a, balancer.baseUrl(), "Azure Order");
            // Two speakers on node B, five lines each: the chat limit is five per five seconds per character.
            Player before = join(nodes.b, nodes.b.baseUrl(), "Azure Order");
            Player after = join(nodes.b, nodes.b.baseUrl(), "Azure Order");
            for (int i = 0; i < 5; i++) {
                Await.result(before.client().sendChat("global", "before " + i));
            }
            listener.await("chat", m -> m.json().getString("content").equals("before 4"));

            nodes.kill(nodes.a);
            balancer.switchTo(nodes.b.httpPort());
            awaitState(listener, state -> !state.equals("CONNECTED"), "noticed the dead node");
            awaitState(listener, state -> state.equals("CONNECTED"), "reconnected through the balancer");
            for (int i = 0; i < 5; i++) {
                Await.result(after.client().sendChat("global", "after " + i));
            }
            listener.await("chat", m -> m.json().getString("content").equals("after 4"));

            List<String> chats = new ArrayList<>();
            Set<Long> seqs = new HashSet<>();
            for (IncomingMessage message : listener.seen()) {
                if (message.type().equals("chat")) {
                    chats.add(message.json().getString("content"));
                    assertThat(seqs.add(message.seq().getAsLong())).as("seq seen once").isTrue();
                }
            }
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                expected.add("before " + i);
            }
            for (int i = 0; i < 5; i++) {
                expected.add("after " + i);
            }
            assertThat(chats).containsSubsequence(expected).doesNotHaveDuplicates();
        }
    }

    private static void awaitState(Player player, Predicate<String> wanted, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (!wanted.test(player.client().connectionState().name())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(player.username() + " never " + what);
            }
            Thread.sleep(50);
        }
    }

    private Player join(ClusterNodes.Node loginNode, String socketBaseUrl, String faction) throws Exception {
        return join(loginNode, socketBaseUrl, faction, builder -> { });
    }

    private Player join(ClusterNodes.Node loginNode, String socketBaseUrl, String faction,
                        Consumer<ClientConfig.Builder> tweak) throws Exception {
        String username = register(loginNode);
        HttpResponse<String> login = login(loginNode, username, PASSWORD);
        assertThat(login.statusCode()).isEqualTo(200);
        String token = json(login.body()).getString("token");
        JsonObject character = json(post(loginNode, "/api/characters", token,
                Json.createObjectBuilder().add("name", "Node " + username).add("faction", faction).build().toString()).body());
        long characterId = character.getJsonNumber("id").longValue();
        return play(username, token, characterId, loginNode, socketBaseUrl, tweak);
    }

    /** The same account and character again, through a new login and a new client. */
    private Player rejoin(Player player, ClusterNodes.Node node, Consumer<ClientConfig.Builder> tweak) throws Exception {
        HttpResponse<String> login = login(node, player.username(), PASSWORD);
        assertThat(login.statusCode()).isEqualTo(200);
        return play(player.username(), json(login.body()).getString("token"), player.characterId(), node, node.baseUrl(), tweak);
    }

    private Player play(String username, String token, long characterId, ClusterNodes.Node loginNode, String socketBaseUrl,
                        Consumer<ClientConfig.Builder> tweak) throws Exception {
        post(loginNode, "/api/characters/select", token, "{\"character_id\":" + characterId + "}");
        ClientConfig.Builder config = ClientConfig.builder().serverUrl(socketBaseUrl)
                .reconnectBackoff(Duration.ofMillis(100), Duration.ofMillis(500), 0.5);
        tweak.accept(config);
        GameClient client = new GameClient(config.build());
        clients.add(client);
        BlockingQueue<IncomingMessage> inbox = new LinkedBlockingQueue<>();
        BlockingQueue<SessionEnd> ends = new LinkedBlockingQueue<>();
        List<IncomingMessage> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        client.registerCatchAllHandler(message -> {
            seen.add(message);
            inbox.add(message);
        });
        client.addConnectionListener(new ConnectionListener() {
            @Override
            public void onSessionEnded(SessionEnd end) {
                ends.add(end);
            }
        });
        Await.result(client.connectWithToken(token));
        Player player = new Player(username, token, characterId, client, inbox, seen, ends);
        // The character is online (in every node's eyes) once the server sends who is nearby.
        player.await("nearby_players");
        return player;
    }

    /** A peer listener on a port the system chooses, so that several clients of this JVM can listen. */
    private static Consumer<ClientConfig.Builder> withPeerListener() {
        return builder -> builder.p2pPort(0);
    }

    /** A token of the operator account, which both nodes list in ADMIN_USERNAMES. */
    private String operatorToken(ClusterNodes.Node node) throws Exception {
        HttpResponse<String> registered = post(node, "/api/auth/register", null, Json.createObjectBuilder()
                .add("username", ClusterNodes.OPERATOR).add("password", PASSWORD).build().toString());
        assertThat(registered.statusCode()).as(registered.body()).isIn(201, 409);
        HttpResponse<String> login = login(node, ClusterNodes.OPERATOR, PASSWORD);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return json(login.body()).getString("token");
    }

    private HttpResponse<String> get(ClusterNodes.Node node, String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String register(ClusterNodes.Node node) throws Exception {
        String username = "cl" + Long.toString(System.nanoTime() % 100_000_000L, 36) + UNIQUE.incrementAndGet();
        HttpResponse<String> created = post(node, "/api/auth/register", null,
                Json.createObjectBuilder().add("username", username).add("password", PASSWORD).build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username;
    }

    private HttpResponse<String> login(ClusterNodes.Node node, String username, String password) throws Exception {
        return login(node.baseUrl(), username, password);
    }

    private HttpResponse<String> login(String baseUrl, String username, String password) throws Exception {
        return post(baseUrl, "/api/auth/login", null, Json.createObjectBuilder().add("username", username)
                .add("password", password).add("protocol_version", "1.0").build().toString());
    }

    private HttpResponse<String> post(ClusterNodes.Node node, String path, String token, String body) throws Exception {
        return post(node.baseUrl(), path, token, body);
    }

    private HttpResponse<String> post(String baseUrl, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private jakarta.json.JsonStructure get(ClusterNodes.Node node, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).read();
    }

    private double metric(ClusterNodes.Node node, String name) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/metrics?scope=application"))
                .build(), HttpResponse.BodyHandlers.ofString());
        double total = 0;
        for (String line : response.body().split("\n")) {
            if (line.startsWith(name)) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
