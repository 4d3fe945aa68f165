package com.shardsofeternity.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void emptyHistogramReportsZero() {
        LatencyHistogram histogram = new LatencyHistogram();

        assertThat(histogram.count()).isZero();
        assertThat(histogram.percentile(99)).isZero();
        assertThat(histogram.max()).isZero();
    }

    @Test
    void smallValuesAreExact() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int value = 1; value <= 100; value++) {
            histogram.record(value);
        }

        assertThat(histogram.percentile(50)).isEqualTo(50);
        assertThat(histogram.percentile(99)).isEqualTo(99);
        assertThat(histogram.percentile(100)).isEqualTo(100);
        assertThat(histogram.max()).isEqualTo(100);
    }

    @Test
    void largeValuesAreWithinOnePercent() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int i = 1; i <= 10_000; i++) {
            histogram.record(i * 1_000L);
        }

        assertThat((double) histogram.percentile(50)).isCloseTo(5_000_000, within(50_000.0));
        assertThat((double) histogram.percentile(99)).isCloseTo(9_900_000, within(99_000.0));
        assertThat(histogram.percentile(100)).isEqualTo(10_000_000);
    }

    @Test
    void aSingleOutlierShowsInTheMaximumNotInP99() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int i = 0; i < 999; i++) {
            histogram.record(2_000);
        }
        histogram.record(900_000);

        assertThat((double) histogram.percentile(99)).isCloseTo(2_000, within(20.0));
        assertThat(histogram.max()).isEqualTo(900_000);
        assertThat((double) histogram.percentile(99.95)).isCloseTo(900_000, within(9_000.0));
    }

    @Test
    void percentileNeverExceedsTheMaximum() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(1_000_001);

        assertThat(histogram.percentile(50)).isEqualTo(1_000_001);
    }

    @Test
    void negativeValuesCountAsZero() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(-5);

        assertThat(histogram.count()).isEqualTo(1);
        assertThat(histogram.percentile(100)).isZero();
    }

    @Test
    void hugeValuesLandInTheLastBucket() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(Long.MAX_VALUE);

        assertThat(histogram.count()).isEqualTo(1);
        assertThat(histogram.max()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void bucketsAreContiguousAndOrdered() {
        long previousEdge = -1;
        for (long value = 0; value < 1_000_000; value += 37) {
            int index = LatencyHistogram.indexOf(value);
            long edge = LatencyHistogram.upperEdgeOf(index);
            assertThat(edge).isGreaterThanOrEqualTo(value);
            assertThat(edge).isGreaterThanOrEqualTo(previousEdge);
            assertThat(edge - value).isLessThanOrEqualTo(Math.max(0, value / 128));
            previousEdge = edge;
        }
    }

    @Test
    void addMergesCountsAndMaximum() {
        LatencyHistogram first = new LatencyHistogram();
        LatencyHistogram second = new LatencyHistogram();
        first.record(10);
        second.record(20);
        second.record(30);

        first.add(second);

        assertThat(first.count()).isEqualTo(3);
        assertThat(first.max()).isEqualTo(30);
        assertThat(first.percentile(50)).isEqualTo(20);
    }
}
