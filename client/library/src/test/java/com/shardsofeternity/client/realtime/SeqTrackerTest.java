package com.shardsofeternity.client.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeqTrackerTest {

    @Test
    void newSeqsPassAndRepeatsOrOlderOnesAreDropped() {
        SeqTracker seqs = new SeqTracker();
        assertThat(seqs.accept(1L)).isTrue();
        assertThat(seqs.accept(2L)).isTrue();
        assertThat(seqs.accept(2L)).isFalse();
        assertThat(seqs.accept(1L)).isFalse();
        assertThat(seqs.accept(5L)).isTrue();
        assertThat(seqs.accept(4L)).isFalse();
        assertThat(seqs.lastSeq()).isEqualTo(5);
    }

    @Test
    void messagesWithoutSeqAlwaysPass() {
        SeqTracker seqs = new SeqTracker();
        seqs.accept(3L);
        assertThat(seqs.accept(null)).isTrue();
        assertThat(seqs.accept(null)).isTrue();
        assertThat(seqs.lastSeq()).isEqualTo(3);
    }

    @Test
    void aRefusedResumeTakesTheNextSeqAsTheNewBaselineEvenIfLower() {
        SeqTracker seqs = new SeqTracker();
        seqs.accept(40L);
        seqs.rebase();
        assertThat(seqs.lastSeq()).isEqualTo(40);
        assertThat(seqs.accept(1L)).isTrue();
        assertThat(seqs.accept(2L)).isTrue();
        assertThat(seqs.accept(2L)).isFalse();
        assertThat(seqs.lastSeq()).isEqualTo(2);
    }

    @Test
    void resetForgetsEverything() {
        SeqTracker seqs = new SeqTracker();
        seqs.accept(9L);
        seqs.reset();
        assertThat(seqs.lastSeq()).isZero();
        assertThat(seqs.accept(1L)).isTrue();
    }
}
