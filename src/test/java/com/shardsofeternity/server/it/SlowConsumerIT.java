package com.shardsofeternity.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client that stops reading its socket must not slow anyone else down, and the server must not
 * hold its messages without bound: its queue overflows and the server closes it with 1008.
 *
 * <p>The stalled client is a hand-written socket that authenticates, sends a burst of messages the
 * server refuses, and never reads again. The answers to them (critical {@code error}s) and the
 * traffic of two travellers going in and out of its location pile up for it, while a watcher in the
 * same location reads normally and a whisperer measures how long the watcher waits for a message.
 */
@ExtendWith(ServerReady.class)
class SlowConsumerIT {

    private static final String FACTION = "Umbral Syndicate";
    private static final long THRONE = 12;
    private static final long VEIL = 13;
    private static final int TRAVELLERS = 2;
    private static final int TRIPS_PER_ROUND = 20;
    /**
     * Refused messages the stalled client sends before it stops: their answers (about 1.3 MB) go a long
     * way to filling the socket buffers (1 to 2 MB on loopback), and can never reach the queue's hard
     * limit (4096 frames) on their own, so the server has read all of them before it closes the socket.
     */
    private static final int UNANSWERED = 6_000;
    /** The longest the stalled client is left alone: its queue stays over the soft limit for 3 s before it overflows. */
    private static final Duration STALL_LIMIT = Duration.ofSeconds(20);
    private static final String UNANSWERABLE = RawSocket.message("no_such_type", "x".repeat(64));

    @Test
    void aClientThatStopsReadingIsClosedWith1008WhileOthersKeepGettingEverythingPromptly() throws Exception {
        Api.Player stalled = Api.newPlayer(FACTION);
        Api.Player watcher = Api.newPlayer(FACTION);
        Api.Player whisperer = Api.newPlayer(FACTION);
        List<Api.Player> travellers = new ArrayList<>();
        for (int i = 0; i < TRAVELLERS; i++) {
            travellers.add(Api.newPlayer(FACTION));
        }
        List<RawSocket> sockets = new ArrayList<>();
        ExecutorService flood = Executors.newFixedThreadPool(TRAVELLERS);
        AtomicBoolean flooding = new AtomicBoolean(true);
        List<AtomicInteger> returns = new ArrayList<>();
        try (HandwrittenWebSocket stalledSocket = HandwrittenWebSocket.open(null, 4096)) {
            RawSocket w = walkToTheThrone(RawSocket.online(watcher), sockets);
            RawSocket whisper = RawSocket.online(whisperer);
            sockets.add(whisper);
            List<RawSocket> travelling = new ArrayList<>();
            for (Api.Player traveller : travellers) {
                travelling.add(walkToTheThrone(RawSocket.online(traveller), sockets));
            }
            walkToTheThrone(RawSocket.online(stalled), sockets).close();
            stalledSocket.sendText(RawSocket.message("auth_request", null, "token", stalled.token(), "protocol_version", "1.0"));
            assertThat(stalledSocket.read(RawSocket.WAIT).text()).contains("\"auth_response\"", "\"success\":true");
            double overflowsBefore = overflows();

            for (int i = 0; i < UNANSWERED; i++) {
                stalledSocket.sendText(UNANSWERABLE);
            }
            long stalledSince = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (RawSocket traveller : travelling) {
                AtomicInteger returned = new AtomicInteger();
                returns.add(returned);
                running.add(flood.submit(() -> travelBackAndForth(traveller, flooding, returned)));
            }

            long worstMillis = 0;
            for (int probe = 0; probe < 3 || !stalledLongEnough(stalledSince, overflowsBefore); probe++) {
                String content = "probe " + probe;
                long sent = System.nanoTime();
                whisper.ok("whisper", "recipient_id", watcher.characterId(), "content", content);
                w.awaitChat(content);
                worstMillis = Math.max(worstMillis, (System.nanoTime() - sent) / 1_000_000);
                Thread.sleep(1_050);
            }
            flooding.set(false);
            for (Future<?> traveller : running) {
                traveller.get(15, TimeUnit.SECONDS);
            }

            List<HandwrittenWebSocket.Frame> frames = stalledSocket.readUntilClosed(Duration.ofSeconds(5));
            assertThat(frames).isNotEmpty();
            assertThat(frames.get(frames.size() - 1).closeCode()).as("close code of the stalled client").isEqualTo(1008);
            int entries = returns.stream().mapToInt(AtomicInteger::get).sum();
            assertThat(count(frames, "\"type\":\"player_entered\"")).as("arrivals that reached the stalled client")
                    .isLessThan(entries);
            assertThat(worstMillis).as("the watcher's worst wait for a whisper, in ms").isLessThan(2_000);
            for (int t = 0; t < TRAVELLERS; t++) {
                Api.Player traveller = travellers.get(t);
                int returned = returns.get(t).get();
                assertThat(returned).isPositive();
                for (int i = 0; i < returned; i++) {
                    w.await(MovementSocketIT.presence("player_entered", traveller, THRONE), RawSocket.WAIT,
                            "entry " + (i + 1) + " of " + returned + " of " + traveller.characterName());
                }
            }
        } finally {
            flooding.set(false);
            flood.shutdownNow();
            sockets.forEach(RawSocket::close);
        }
    }

    /** Goes to the veil and back as fast as the server takes it, in rounds ended by a ping. */
    private static Void travelBackAndForth(RawSocket traveller, AtomicBoolean flooding, AtomicInteger returns) {
        for (int round = 0; flooding.get(); round++) {
            for (int trip = 0; trip < TRIPS_PER_ROUND; trip++) {
                traveller.sendMessage("move", "from_location_id", THRONE, "to_location_id", VEIL);
                traveller.sendMessage("move", "from_location_id", VEIL, "to_location_id", THRONE);
            }
            String nonce = "round " + round;
            traveller.send(RawSocket.message("ping", null, "nonce", nonce));
            traveller.await(m -> m.getString("type").equals("pong") && nonce.equals(m.getString("nonce", null)),
                    Duration.ofSeconds(15), nonce);
            returns.addAndGet(TRIPS_PER_ROUND);
        }
        assertThat(traveller.history()).noneMatch(m -> m.getString("type").equals("error"));
        return null;
    }

    /**
     * Whether the stalled client has been left alone long enough: until the server reports an
     * overflowed queue, or at most {@link #STALL_LIMIT} (the socket may also have been closed by the
     * once-a-second sweep, which the metric does not count).
     */
    private static boolean stalledLongEnough(long stalledSince, double overflowsBefore) {
        return System.nanoTime() - stalledSince > STALL_LIMIT.toNanos() || overflows() > overflowsBefore;
    }

    /** How many messages in these frames contain {@code text}. */
    private static long count(List<HandwrittenWebSocket.Frame> frames, String text) {
        return frames.stream().filter(f -> f.opcode() == 0x1)
                .mapToLong(f -> f.text().split(java.util.regex.Pattern.quote(text), -1).length - 1L).sum();
    }

    /** How many outbound queues have overflowed on the server, from its metrics. */
    private static double overflows() {
        Api.Reply metrics = Api.get("/metrics", null);
        assertThat(metrics.status()).isEqualTo(200);
        return metrics.body().lines()
                .filter(line -> line.startsWith("sote_ws_queue_overflows_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static RawSocket walkToTheThrone(RawSocket socket, List<RawSocket> opened) {
        opened.add(socket);
        socket.move(1, 4);
        socket.move(4, 8);
        socket.move(8, THRONE);
        return socket;
    }
}
