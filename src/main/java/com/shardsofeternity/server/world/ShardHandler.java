package com.shardsofeternity.server.world;

import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.CaptureShard;
import com.shardsofeternity.server.realtime.HandlerContext;
import com.shardsofeternity.server.realtime.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Socket handler of {@code capture_shard}. */
@ApplicationScoped
public class ShardHandler implements MessageHandler {

    @Inject
    ShardService shards;

    @Override
    public Set<String> types() {
        return Set.of(MessageTypes.CAPTURE_SHARD);
    }

    @Override
    public void handle(HandlerContext context, String type, Object payload) {
        shards.capture(context.characterId(), ((CaptureShard) payload).shardId());
    }
}
