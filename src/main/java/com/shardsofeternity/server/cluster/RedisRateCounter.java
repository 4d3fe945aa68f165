package com.shardsofeternity.server.cluster;

import com.shardsofeternity.server.limits.RateCounter;
import io.lettuce.core.ScriptOutputType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sliding windows shared by every node: a sorted set per key of event timestamps, read and written
 * atomically by Lua scripts, so N nodes enforce one limit rather than N.
 */
@ApplicationScoped
@Typed(RedisRateCounter.class)
public class RedisRateCounter implements RateCounter {

    private static final String TRY_ACQUIRE = """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
            local count = redis.call('ZCARD', KEYS[1])
            if count >= tonumber(ARGV[3]) then
              local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
              local wait = tonumber(oldest[2]) + tonumber(ARGV[2]) - tonumber(ARGV[1])
              if wait < 1 then wait = 1 end
              return wait
            end
            redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 0
            """;
    private static final String RECORD = """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
            redis.call('ZADD', KEYS[1], ARGV[1], ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 0
            """;
    private static final String UNTIL_BELOW = """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
            local count = redis.call('ZCARD', KEYS[1])
            local excess = count - tonumber(ARGV[3])
            if excess < 0 then return 0 end
            local freeing = redis.call('ZRANGE', KEYS[1], excess, excess, 'WITHSCORES')
            local wait = tonumber(freeing[2]) + tonumber(ARGV[2]) - tonumber(ARGV[1])
            if wait < 1 then wait = 1 end
            return wait
            """;

    @Inject
    Redis redis;

    private final AtomicLong unique = new AtomicLong();

    @Override
    public long tryAcquire(String key, int limit, Duration window, long nowMillis) {
        Long wait = redis.sync().eval(TRY_ACQUIRE, ScriptOutputType.INTEGER, new String[] {redisKey(key)},
                Long.toString(nowMillis), Long.toString(window.toMillis()), Integer.toString(limit), member(nowMillis));
        return wait == null ? 0 : wait;
    }

    @Override
    public void record(String key, Duration window, long nowMillis) {
        redis.sync().eval(RECORD, ScriptOutputType.INTEGER, new String[] {redisKey(key)},
                Long.toString(nowMillis), Long.toString(window.toMillis()), member(nowMillis));
    }

    @Override
    public long millisUntilBelow(String key, int limit, Duration window, long nowMillis) {
        Long wait = redis.sync().eval(UNTIL_BELOW, ScriptOutputType.INTEGER, new String[] {redisKey(key)},
                Long.toString(nowMillis), Long.toString(window.toMillis()), Integer.toString(limit));
        return wait == null ? 0 : wait;
    }

    @Override
    public void reset(String key) {
        redis.sync().del(redisKey(key));
    }

    private String redisKey(String key) {
        return redis.key("rate:") + key;
    }

    /** Sorted-set members must differ even for events in the same millisecond. */
    private String member(long nowMillis) {
        return nowMillis + ":" + Long.toHexString(System.identityHashCode(this)) + ":" + unique.incrementAndGet();
    }
}
