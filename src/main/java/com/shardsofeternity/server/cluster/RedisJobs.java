package com.shardsofeternity.server.cluster;

import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.coordination.SingletonJobs;
import io.lettuce.core.ScriptOutputType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Leases in Redis for jobs that run once per cluster: the first node to ask takes the lease, renews
 * it on every run, and another node takes over within one lease period after the holder stops.
 */
@ApplicationScoped
@Typed(RedisJobs.class)
public class RedisJobs implements SingletonJobs {

    private static final Logger LOG = Logger.getLogger(RedisJobs.class.getName());
    private static final String HOLD = """
            local holder = redis.call('GET', KEYS[1])
            if not holder then
              redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
              return 1
            end
            if holder == ARGV[1] then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return 1
            end
            return 0
            """;

    @Inject
    Redis redis;
    @Inject
    GameSettings settings;

    @Override
    public boolean mayRun(String job, Duration lease) {
        try {
            Long held = redis.sync().eval(HOLD, ScriptOutputType.INTEGER, new String[] {redis.key("lease:") + job},
                    settings.nodeName(), Long.toString(lease.toMillis()));
            return held != null && held == 1;
        } catch (RuntimeException redisDown) {
            LOG.log(Level.WARNING, "cannot reach Redis for the " + job + " lease; skipping this run", redisDown);
            return false;
        }
    }

    /** Which node holds a job's lease now, if any. */
    public String holder(String job) {
        return redis.sync().get(redis.key("lease:") + job);
    }
}
