package com.shardsofeternity.loadtest;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Latencies in microseconds, recorded from many threads at once, in log-linear buckets: exact below
 * {@value #SUB_BUCKETS} µs, and within 1/128 of the true value above; values beyond about 2^37 µs
 * (38 hours) land in the last bucket.
 */
public final class LatencyHistogram {

    static final int SUB_BUCKETS = 256;
    static final int MAGNITUDES = 30;
    private static final int SUB_BITS = Integer.numberOfTrailingZeros(SUB_BUCKETS) - 1;
    private static final int HALF = SUB_BUCKETS / 2;
    private static final int BUCKET_COUNT = HALF * (MAGNITUDES + 2);

    private final AtomicLongArray buckets = new AtomicLongArray(BUCKET_COUNT);
    private final LongAdder count = new LongAdder();
    private final LongAccumulator max = new LongAccumulator(Math::max, 0);

    public void record(long micros) {
        long value = Math.max(0, micros);
        buckets.incrementAndGet(indexOf(value));
        count.increment();
        max.accumulate(value);
    }

    public long count() {
        return count.sum();
    }

    public long max() {
        return max.get();
    }

    /**
     * The smallest recorded value such that at least {@code percentile}% of all values are at or below
     * it (the upper edge of its bucket, never above the maximum); 0 when nothing was recorded.
     */
    public long percentile(double percentile) {
        long total = count();
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * total));
        long seen = 0;
        for (int i = 0; i < buckets.length(); i++) {
            seen += buckets.get(i);
            if (seen >= rank) {
                return Math.min(upperEdgeOf(i), max());
            }
        }
        return max();
    }

    /** Adds every value of {@code other} to this one. */
    public void add(LatencyHistogram other) {
        for (int i = 0; i < buckets.length(); i++) {
            long n = other.buckets.get(i);
            if (n != 0) {
                buckets.addAndGet(i, n);
            }
        }
        count.add(other.count());
        max.accumulate(other.max());
    }

    static int indexOf(long value) {
        int shift = Math.max(0, 63 - Long.numberOfLeadingZeros(value) - SUB_BITS);
        if (shift > MAGNITUDES) {
            return BUCKET_COUNT - 1;
        }
        return shift * HALF + (int) (value >>> shift);
    }

    static long upperEdgeOf(int index) {
        if (index < SUB_BUCKETS) {
            return index;
        }
        int shift = index / HALF - 1;
        long sub = index - (long) shift * HALF;
        return ((sub + 1) << shift) - 1;
    }
}
