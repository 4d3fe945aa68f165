package com.shardsofeternity.server.cluster;

import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.realtime.ReplayMirror;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replay buffers in Redis: a capped list per session, expiring with the resume window, written
 * asynchronously (commands on one connection keep their order) so sending never waits on Redis.
 */
@ApplicationScoped
@Typed(RedisReplayMirror.class)
public class RedisReplayMirror implements ReplayMirror {

    @Inject
    Redis redis;
    @Inject
    GameSettings settings;

    @Override
    public void append(String sessionId, long seq, long at, String body) {
        String key = key(sessionId);
        var async = redis.async();
        async.rpush(key, seq + " " + at + " " + body);
        async.ltrim(key, -settings.replayBufferSize(), -1);
        async.pexpire(key, settings.resumeWindowMs() + 60_000);
        async.set(seqKey(sessionId), Long.toString(seq), io.lettuce.core.SetArgs.Builder.px(settings.resumeWindowMs() + 60_000));
    }

    @Override
    public Optional<Snapshot> load(String sessionId) {
        String lastSeq = redis.sync().get(seqKey(sessionId));
        if (lastSeq == null) {
            return Optional.empty();
        }
        List<Kept> messages = new ArrayList<>();
        for (String entry : redis.sync().lrange(key(sessionId), 0, -1)) {
            int first = entry.indexOf(' ');
            int second = entry.indexOf(' ', first + 1);
            messages.add(new Kept(Long.parseLong(entry.substring(0, first)), Long.parseLong(entry.substring(first + 1, second)),
                    entry.substring(second + 1)));
        }
        return Optional.of(new Snapshot(Long.parseLong(lastSeq), messages));
    }

    @Override
    public void forget(String sessionId) {
        redis.async().del(key(sessionId), seqKey(sessionId));
    }

    private String key(String sessionId) {
        return redis.key("replay:") + sessionId;
    }

    private String seqKey(String sessionId) {
        return redis.key("seq:") + sessionId;
    }
}
