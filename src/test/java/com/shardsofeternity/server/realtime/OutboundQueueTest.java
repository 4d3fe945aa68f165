package com.shardsofeternity.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.protocol.Priority;
import com.shardsofeternity.server.realtime.OutboundQueue.Offer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class OutboundQueueTest {

    private static final long T = 1_000_000;

    /** A socket whose sends complete only when the test says so. */
    private static final class ManualSink implements FrameSink {
        final List<String> sent = new ArrayList<>();
        final Deque<Consumer<Throwable>> inFlight = new ArrayDeque<>();

        @Override
        public void sendAsync(String text, Consumer<Throwable> done) {
            sent.add(text);
            inFlight.add(done);
        }

        void complete() {
            inFlight.removeFirst().accept(null);
        }

        void fail() {
            inFlight.removeFirst().accept(new IOException("connection reset"));
        }

        String last() {
            return sent.get(sent.size() - 1);
        }
    }

    private final ManualSink sink = new ManualSink();

    @Test
    void aFrameOfferedToAnIdleQueueIsSentAtOnce() {
        OutboundQueue queue = new OutboundQueue(sink, 8, 16, 1_000);

        assertThat(queue.offer(frame(1), Priority.NORMAL, null, T)).isEqualTo(Offer.QUEUED);

        assertThat(sink.sent).containsExactly(frame(1));
        assertThat(queue.size()).isZero();
    }

    @Test
    void framesOfferedWhileASendIsInFlightLeaveTogetherAsOneBatchInOrder() {
        OutboundQueue queue = new OutboundQueue(sink, 8, 16, 1_000);
        queue.offer(frame(1), Priority.NORMAL, null, T);
        queue.offer(frame(2), Priority.NORMAL, null, T);
        queue.offer(frame(3), Priority.CRITICAL, null, T);
        queue.offer(frame(4), Priority.LOW, null, T);

        assertThat(sink.sent).hasSize(1);
        assertThat(sink.inFlight).hasSize(1);
        assertThat(queue.size()).isEqualTo(3);

        sink.complete();

        assertThat(batch(sink.last())).containsExactly(frame(2), frame(3), frame(4));
        assertThat(sink.inFlight).hasSize(1);
        sink.complete();
        assertThat(sink.sent).hasSize(2);
        assertThat(queue.framesSent()).isEqualTo(4);

        queue.offer(frame(5), Priority.NORMAL, null, T);
        assertThat(sink.last()).isEqualTo(frame(5));
    }

    @Test
    void aBatchHoldsAtMost128Frames() {
        OutboundQueue queue = new OutboundQueue(sink, 1_000, 2_000, 1_000);
        queue.offer(frame(0), Priority.NORMAL, null, T);
        for (int i = 1; i <= 200; i++) {
            queue.offer(frame(i), Priority.NORMAL, null, T);
        }

        sink.complete();
        assertThat(batch(sink.last())).hasSize(128).startsWith(frame(1)).endsWith(frame(128));
        sink.complete();
        assertThat(batch(sink.last())).hasSize(72).startsWith(frame(129)).endsWith(frame(200));
    }

    @Test
    void aBatchStaysWithin48KCharacters() {
        OutboundQueue queue = new OutboundQueue(sink, 1_000, 2_000, 1_000);
        queue.offer(frame(0), Priority.NORMAL, null, T);
        String padding = "x".repeat(10_000);
        for (int i = 1; i <= 10; i++) {
            queue.offer(frame(i, padding), Priority.NORMAL, null, T);
        }

        sink.complete();
        assertThat(batch(sink.last())).hasSize(4);
        assertThat(sink.last().length()).isLessThanOrEqualTo(48 * 1024 + 64);
        sink.complete();
        assertThat(batch(sink.last())).hasSize(4);
        sink.complete();
        assertThat(batch(sink.last())).hasSize(2);
    }

    @Test
    void aWaitingFrameIsReplacedByANewerOneQueuedLastSoSeqNeverGoesBackwards() {
        OutboundQueue queue = new OutboundQueue(sink, 8, 16, 1_000);
        queue.offer(frame(0), Priority.NORMAL, null, T);
        assertThat(queue.offer(frame(1), Priority.LOW, "position:7", T)).isEqualTo(Offer.QUEUED);
        assertThat(queue.offer(frame(2), Priority.NORMAL, null, T)).isEqualTo(Offer.QUEUED);
        assertThat(queue.offer(frame(3), Priority.LOW, "position:7", T)).isEqualTo(Offer.COALESCED);
        assertThat(queue.offer(frame(4), Priority.LOW, "position:8", T)).isEqualTo(Offer.QUEUED);

        assertThat(queue.size()).isEqualTo(3);
        sink.complete();
        assertThat(batch(sink.last())).containsExactly(frame(2), frame(3), frame(4));
    }

    @Test
    void aFrameAlreadyBeingSentIsNotReplaced() {
        OutboundQueue queue = new OutboundQueue(sink, 8, 16, 1_000);
        queue.offer(frame(1), Priority.LOW, "position:7", T);

        assertThat(queue.offer(frame(2), Priority.LOW, "position:7", T)).isEqualTo(Offer.QUEUED);
        sink.complete();
        assertThat(sink.sent).containsExactly(frame(1), frame(2));
    }

    @Test
    void atTheSoftLimitLowFramesAreDroppedAndOthersStillQueued() {
        OutboundQueue queue = new OutboundQueue(sink, 3, 10, 60_000);
        queue.offer(frame(0), Priority.NORMAL, null, T);
        assertThat(queue.offer(frame(1), Priority.LOW, null, T)).isEqualTo(Offer.QUEUED);
        queue.offer(frame(2), Priority.NORMAL, null, T);
        queue.offer(frame(3), Priority.NORMAL, null, T);

        assertThat(queue.offer(frame(4), Priority.LOW, null, T)).isEqualTo(Offer.DROPPED);
        assertThat(queue.offer(frame(5), Priority.LOW, "position:7", T)).isEqualTo(Offer.DROPPED);
        assertThat(queue.offer(frame(6), Priority.NORMAL, null, T)).isEqualTo(Offer.QUEUED);
        assertThat(queue.offer(frame(7), Priority.HIGH, null, T)).isEqualTo(Offer.QUEUED);
        assertThat(queue.offer(frame(8), Priority.CRITICAL, null, T)).isEqualTo(Offer.QUEUED);

        sink.complete();
        assertThat(batch(sink.last())).containsExactly(frame(1), frame(2), frame(3), frame(6), frame(7), frame(8));
    }

    @Test
    void criticalFramesAreNeverDroppedBeforeTheHardLimit() {
        OutboundQueue queue = new OutboundQueue(sink, 2, 100, 60_000);
        queue.offer(frame(0), Priority.NORMAL, null, T);
        for (int i = 1; i <= 99; i++) {
            assertThat(queue.offer(frame(i), Priority.CRITICAL, null, T)).isEqualTo(Offer.QUEUED);
        }

        sink.complete();
        assertThat(batch(sink.last())).hasSize(99).startsWith(frame(1)).endsWith(frame(99));
    }

    @Test
    void reachingTheHardLimitIsOverflowForEveryPriority() {
        OutboundQueue queue = new OutboundQueue(sink, 2, 4, 60_000);
        queue.offer(frame(0), Priority.NORMAL, null, T);
        for (int i = 1; i <= 4; i++) {
            assertThat(queue.offer(frame(i), Priority.NORMAL, null, T)).isEqualTo(Offer.QUEUED);
        }

        assertThat(queue.offer(frame(5), Priority.NORMAL, null, T)).isEqualTo(Offer.OVERFLOW);
        assertThat(queue.offer(frame(6), Priority.CRITICAL, null, T)).isEqualTo(Offer.OVERFLOW);
        assertThat(queue.offer(frame(7), Priority.LOW, null, T)).isEqualTo(Offer.DROPPED);
        assertThat(queue.size()).isEqualTo(4);
    }

    @Test
    void stayingOverTheSoftLimitLongerThanTheGracePeriodIsOverflow() {
        OutboundQueue queue = new OutboundQueue(sink, 2, 100, 1_000);
        queue.offer(frame(0), Priority.NORMAL, null, T);
        queue.offer(frame(1), Priority.NORMAL, null, T);
        queue.offer(frame(2), Priority.NORMAL, null, T);
        assertThat(queue.offer(frame(3), Priority.NORMAL, null, T)).isEqualTo(Offer.QUEUED);

        assertThat(queue.offer(frame(4), Priority.NORMAL, null, T + 1_000)).isEqualTo(Offer.QUEUED);
        assertThat(queue.overflowing(T + 1_000)).isFalse();
        assertThat(queue.overflowing(T + 1_001)).isTrue();
        assertThat(queue.offer(frame(5), Priority.CRITICAL, null, T + 1_001)).isEqualTo(Offer.OVERFLOW);
        assertThat(queue.offer(frame(6), Priority.LOW, null, T + 1_001)).isEqualTo(Offer.OVERFLOW);
    }

    @Test
    void drainingBelowTheSoftLimitStartsTheGracePeriodAfresh() {
        OutboundQueue queue = new OutboundQueue(sink, 2, 100, 1_000);
        queue.offer(frame(0), Priority.NORMAL, null, T);
        queue.offer(frame(1), Priority.NORMAL, null, T);
        queue.offer(frame(2), Priority.NORMAL, null, T);
        queue.offer(frame(3), Priority.NORMAL, null, T);

        sink.complete();
        assertThat(queue.overflowing(T + 5_000)).isFalse();
        queue.offer(frame(4), Priority.NORMAL, null, T + 5_000);
        queue.offer(frame(5), Priority.NORMAL, null, T + 5_000);
        queue.offer(frame(6), Priority.NORMAL, null, T + 5_000);

        assertThat(queue.overflowing(T + 5_900)).isFalse();
        assertThat(queue.offer(frame(7), Priority.NORMAL, null, T + 5_900)).isEqualTo(Offer.QUEUED);
    }

    @Test
    void aFailedSendClosesTheQueue() {
        OutboundQueue queue = new OutboundQueue(sink, 8, 16, 1_000);
        queue.offer(frame(1), Priority.NORMAL, null, T);
        queue.offer(frame(2), Priority.NORMAL, null, T);

        sink.fail();

        assertThat(queue.size()).isZero();
        assertThat(queue.offer(frame(3), Priority.CRITICAL, null, T)).isEqualTo(Offer.CLOSED);
        assertThat(sink.sent).containsExactly(frame(1));
    }

    @Test
    void aClosedQueueDiscardsWhatWaitsAndSendsNothingMore() {
        OutboundQueue queue = new OutboundQueue(sink, 8, 16, 1_000);
        queue.offer(frame(1), Priority.NORMAL, null, T);
        queue.offer(frame(2), Priority.NORMAL, null, T);

        queue.close();
        sink.complete();

        assertThat(queue.size()).isZero();
        assertThat(sink.sent).containsExactly(frame(1));
        assertThat(queue.offer(frame(3), Priority.NORMAL, null, T)).isEqualTo(Offer.CLOSED);
    }

    /** A flusher whose passes the test runs by hand. */
    private static final class ManualFlusher implements OutboundQueue.Flusher {
        final List<OutboundQueue> waiting = new ArrayList<>();

        @Override
        public void flushSoon(OutboundQueue queue) {
            waiting.add(queue);
        }

        void pass() {
            List<OutboundQueue> due = new ArrayList<>(waiting);
            waiting.clear();
            due.forEach(OutboundQueue::flush);
        }
    }

    @Test
    void withAFlusherNormalAndLowFramesForAnIdleSocketWaitForThePassAndLeaveTogether() {
        ManualFlusher flusher = new ManualFlusher();
        OutboundQueue queue = new OutboundQueue(sink, flusher, 8, 16, 1_000);

        queue.offer(frame(1), Priority.NORMAL, null, T);
        queue.offer(frame(2), Priority.LOW, null, T);
        queue.offer(frame(3), Priority.NORMAL, null, T);

        assertThat(sink.sent).isEmpty();
        assertThat(flusher.waiting).containsExactly(queue);
        flusher.pass();
        assertThat(sink.sent).hasSize(1);
        assertThat(batch(sink.last())).containsExactly(frame(1), frame(2), frame(3));
        assertThat(queue.framesSent()).isEqualTo(3);
    }

    @Test
    void withAFlusherHighAndCriticalFramesLeaveAtOnceTakingWhatWaitsAlong() {
        ManualFlusher flusher = new ManualFlusher();
        OutboundQueue queue = new OutboundQueue(sink, flusher, 8, 16, 1_000);

        queue.offer(frame(1), Priority.NORMAL, null, T);
        queue.offer(frame(2), Priority.HIGH, null, T);

        assertThat(batch(sink.last())).containsExactly(frame(1), frame(2));
        queue.offer(frame(3), Priority.CRITICAL, null, T);
        flusher.pass();
        assertThat(sink.sent).hasSize(1);
        sink.complete();
        assertThat(sink.last()).isEqualTo(frame(3));
    }

    @Test
    void framesArrivingWhileASendIsInFlightWaitForThePassAfterItCompletes() {
        ManualFlusher flusher = new ManualFlusher();
        OutboundQueue queue = new OutboundQueue(sink, flusher, 8, 16, 1_000);
        queue.offer(frame(1), Priority.NORMAL, null, T);
        flusher.pass();

        queue.offer(frame(2), Priority.NORMAL, null, T);
        flusher.pass();
        queue.offer(frame(3), Priority.LOW, null, T);
        assertThat(flusher.waiting).isEmpty();
        sink.complete();

        assertThat(sink.sent).hasSize(1);
        assertThat(flusher.waiting).containsExactly(queue);
        flusher.pass();
        assertThat(batch(sink.last())).containsExactly(frame(2), frame(3));
        sink.complete();
        queue.offer(frame(4), Priority.NORMAL, null, T);
        assertThat(flusher.waiting).containsExactly(queue);
    }

    @Test
    void anUrgentFrameArrivingWhileASendIsInFlightLeavesAsSoonAsItCompletes() {
        ManualFlusher flusher = new ManualFlusher();
        OutboundQueue queue = new OutboundQueue(sink, flusher, 8, 16, 1_000);
        queue.offer(frame(1), Priority.NORMAL, null, T);
        flusher.pass();

        queue.offer(frame(2), Priority.NORMAL, null, T);
        queue.offer(frame(3), Priority.HIGH, null, T);
        sink.complete();

        assertThat(batch(sink.last())).containsExactly(frame(2), frame(3));
        sink.complete();
        queue.offer(frame(4), Priority.LOW, null, T);
        assertThat(sink.sent).hasSize(2);
        assertThat(flusher.waiting).containsExactly(queue);
    }

    @Test
    void aSocketRegisteredForThePassBeforeASendCompletesStillHasOneSendInFlight() {
        ManualFlusher flusher = new ManualFlusher();
        OutboundQueue queue = new OutboundQueue(sink, flusher, 8, 16, 1_000);
        queue.offer(frame(1), Priority.NORMAL, null, T);
        queue.offer(frame(2), Priority.CRITICAL, null, T);
        assertThat(flusher.waiting).containsExactly(queue);
        queue.offer(frame(3), Priority.NORMAL, null, T);

        sink.complete();

        assertThat(sink.inFlight).isEmpty();
        assertThat(sink.sent).hasSize(1);
        queue.offer(frame(4), Priority.HIGH, null, T);
        assertThat(sink.inFlight).hasSize(1);
        assertThat(batch(sink.last())).containsExactly(frame(3), frame(4));
        flusher.pass();
        assertThat(sink.inFlight).hasSize(1);
    }

    @Test
    void aClosedQueueSendsNothingAtThePass() {
        ManualFlusher flusher = new ManualFlusher();
        OutboundQueue queue = new OutboundQueue(sink, flusher, 8, 16, 1_000);
        queue.offer(frame(1), Priority.NORMAL, null, T);

        queue.close();
        flusher.pass();

        assertThat(sink.sent).isEmpty();
    }

    @Test
    void aSequencedBodyIsNumberedWhenItIsWrittenAloneOrInABatch() {
        String body = "{\"type\":\"chat\",\"content\":\"hi\"}";
        OutboundQueue queue = new OutboundQueue(sink, 8, 16, 1_000);

        queue.offer(body, 7, Priority.NORMAL, null, T);
        queue.offer(body, 8, Priority.NORMAL, null, T);
        queue.offer(frame(9), 0, Priority.CRITICAL, null, T);

        assertThat(sink.last()).isEqualTo("{\"seq\":7,\"type\":\"chat\",\"content\":\"hi\"}");
        sink.complete();
        assertThat(batch(sink.last())).containsExactly("{\"seq\":8,\"type\":\"chat\",\"content\":\"hi\"}", frame(9));
    }

    private static String frame(int n) {
        return "{\"n\":" + n + "}";
    }

    private static String frame(int n, String padding) {
        return "{\"n\":" + n + ",\"pad\":\"" + padding + "\"}";
    }

    /** The frames of a batch, as the client reads them. */
    private static List<String> batch(String text) {
        JsonObject batch = Json.createReader(new StringReader(text)).readObject();
        assertThat(batch.getString("type")).isEqualTo("batch");
        return batch.getJsonArray("messages").stream().map(JsonValue::toString).toList();
    }
}
