package com.shardsofeternity.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReplayBufferTest {

    private static final long T = 1_000_000;

    @Test
    void framesAfterTheSeenSeqComeBackInOrder() {
        ReplayBuffer buffer = filled(new ReplayBuffer(10, 60_000), 5);

        assertThat(buffer.after(3, 5, T)).contains(List.of(frame(4), frame(5)));
        assertThat(buffer.after(0, 5, T)).contains(List.of(frame(1), frame(2), frame(3), frame(4), frame(5)));
    }

    @Test
    void nothingMissedIsAnEmptyListNotAFailure() {
        ReplayBuffer buffer = filled(new ReplayBuffer(10, 60_000), 5);

        assertThat(buffer.after(5, 5, T)).contains(List.of());
    }

    @Test
    void atMostCapacityFramesAreKeptTheOldestGoingFirst() {
        ReplayBuffer buffer = filled(new ReplayBuffer(3, 60_000), 5);

        assertThat(buffer.size()).isEqualTo(3);
        assertThat(buffer.after(2, 5, T)).contains(List.of(frame(3), frame(4), frame(5)));
    }

    @Test
    void aMissedFrameNoLongerKeptMakesTheWholeReplayImpossible() {
        ReplayBuffer buffer = filled(new ReplayBuffer(3, 60_000), 5);

        assertThat(buffer.after(1, 5, T)).isEmpty();
        assertThat(buffer.after(0, 5, T)).isEmpty();
    }

    @Test
    void aSeqNeverSentCannotBeResumedFrom() {
        ReplayBuffer buffer = filled(new ReplayBuffer(10, 60_000), 5);

        assertThat(buffer.after(6, 5, T)).isEmpty();
        assertThat(buffer.after(-1, 5, T)).isEmpty();
    }

    @Test
    void anEmptyBufferCanOnlyResumeWhenNothingWasMissed() {
        ReplayBuffer buffer = new ReplayBuffer(10, 60_000);

        assertThat(buffer.after(0, 0, T)).contains(List.of());
        assertThat(buffer.after(3, 7, T)).isEmpty();
    }

    @Test
    void framesOlderThanTheWindowAreForgotten() {
        ReplayBuffer buffer = new ReplayBuffer(10, 1_000);
        buffer.add(1, body(1), T);
        buffer.add(2, body(2), T + 500);
        buffer.add(3, body(3), T + 900);

        assertThat(buffer.after(0, 3, T + 1_000)).contains(List.of(frame(1), frame(2), frame(3)));
        assertThat(buffer.after(0, 3, T + 1_001)).isEmpty();
        assertThat(buffer.after(1, 3, T + 1_001)).contains(List.of(frame(2), frame(3)));
        assertThat(buffer.after(2, 3, T + 1_600)).contains(List.of(frame(3)));
    }

    @Test
    void trimmingDropsExpiredFrames() {
        ReplayBuffer buffer = filled(new ReplayBuffer(10, 1_000), 3);

        buffer.trim(T + 999);
        assertThat(buffer.size()).isEqualTo(3);
        buffer.trim(T + 1_001);
        assertThat(buffer.size()).isZero();
    }

    @Test
    void aBufferWithoutCapacityKeepsNothing() {
        ReplayBuffer buffer = filled(new ReplayBuffer(0, 60_000), 2);

        assertThat(buffer.size()).isZero();
        assertThat(buffer.after(1, 2, T)).isEqualTo(Optional.empty());
        assertThat(buffer.after(2, 2, T)).contains(List.of());
    }

    @Test
    void theRingKeepsTheNewestInOrderWhileItGrowsWrapsAndEmpties() {
        ReplayBuffer buffer = new ReplayBuffer(20, 1_000);
        for (int seq = 1; seq <= 53; seq++) {
            buffer.add(seq, body(seq), T);
        }

        assertThat(buffer.size()).isEqualTo(20);
        assertThat(buffer.after(33, 53, T)).contains(IntStream.rangeClosed(34, 53).mapToObj(ReplayBufferTest::frame).toList());
        assertThat(buffer.after(32, 53, T)).isEmpty();

        buffer.trim(T + 2_000);
        assertThat(buffer.size()).isZero();
        buffer.add(54, body(54), T + 2_000);
        assertThat(buffer.after(53, 54, T + 2_000)).contains(List.of(frame(54)));
    }

    /** A message body as the codec makes it: no seq. */
    private static String body(int n) {
        return "{\"type\":\"chat\",\"n\":" + n + "}";
    }

    /** What the client gets back: the body numbered. */
    private static String frame(int seq) {
        return "{\"seq\":" + seq + ",\"type\":\"chat\",\"n\":" + seq + "}";
    }

    private static ReplayBuffer filled(ReplayBuffer buffer, int frames) {
        for (int seq = 1; seq <= frames; seq++) {
            buffer.add(seq, body(seq), T);
        }
        return buffer;
    }
}
