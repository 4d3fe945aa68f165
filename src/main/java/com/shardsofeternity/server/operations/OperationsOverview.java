package com.shardsofeternity.server.operations;

import com.shardsofeternity.protocol.model.ShardView;
import java.util.List;

/**
 * What {@code GET /api/admin/overview} answers: who is online, the live sessions and sockets, the
 * running message totals (the page derives messages per second from two readings), the world, and the
 * recent errors.
 */
public record OperationsOverview(
        long timestamp,
        int playersOnline,
        List<OnlinePlayerRow> players,
        long sessionsLive,
        int realtimeSessions,
        int connectionsOpen,
        long messagesInTotal,
        long messagesOutTotal,
        String currentReality,
        double realityStability,
        List<ShardView> shards,
        List<RecentErrors.ErrorEvent> recentErrors) {
}
