package com.shardsofeternity.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplayBufferTest {

    private static final long T = 1_000_000;

    @Test
    void framesAfterTheSeenSeqComeBackInOrder() {
        ReplayBuffer buffer = filled(new ReplayBuffer(10, 60_000), 5);

        assertThat(buffer.after(3, 5, T)).contains(List.of("f4", "f5"));
        assertThat(buffer.after(0, 5, T)).contains(List.of("f1", "f2", "f3", "f4", "f5"));
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
        assertThat(buffer.after(2, 5, T)).contains(List.of("f3", "f4", "f5"));
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
        buffer.add(1, "f1", T);
        buffer.add(2, "f2", T + 500);
        buffer.add(3, "f3", T + 900);

        assertThat(buffer.after(0, 3, T + 1_000)).contains(List.of("f1", "f2", "f3"));
        assertThat(buffer.after(0, 3, T + 1_001)).isEmpty();
        assertThat(buffer.after(1, 3, T + 1_001)).contains(List.of("f2", "f3"));
        assertThat(buffer.after(2, 3, T + 1_600)).contains(List.of("f3"));
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

    private static ReplayBuffer filled(ReplayBuffer buffer, int frames) {
        for (int seq = 1; seq <= frames; seq++) {
            buffer.add(seq, "f" + seq, T);
        }
        return buffer;
    }
}
