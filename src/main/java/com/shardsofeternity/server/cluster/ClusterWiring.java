package com.shardsofeternity.server.cluster;

import com.shardsofeternity.protocol.message.CombatAction;
import com.shardsofeternity.server.combat.CombatDirectory;
import com.shardsofeternity.server.combat.CombatService;
import com.shardsofeternity.server.combat.LocalCombatDirectory;
import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.coordination.SingleNodeJobs;
import com.shardsofeternity.server.coordination.SingletonJobs;
import com.shardsofeternity.server.limits.InMemoryRateCounter;
import com.shardsofeternity.server.limits.RateCounter;
import com.shardsofeternity.server.operations.LocalOnlinePlayers;
import com.shardsofeternity.server.operations.OnlinePlayers;
import com.shardsofeternity.server.p2p.LocalPeerListeners;
import com.shardsofeternity.server.p2p.PeerListeners;
import com.shardsofeternity.server.party.InviteStore;
import com.shardsofeternity.server.party.PartyInvites;
import com.shardsofeternity.server.realtime.EventBus;
import com.shardsofeternity.server.realtime.LocalEventBus;
import com.shardsofeternity.server.realtime.ReplayMirror;
import com.shardsofeternity.server.realtime.SharedPresence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The one switch between single-node and cluster mode: each shared concern (event bus, rate counters,
 * job leases, presence, replay buffers, invitations, combat ownership, peer listeners, the operator's
 * reach over online players) gets its in-memory implementation, or its Redis one when CLUSTER_ENABLED
 * is true. Nothing else in the server knows which mode it runs in.
 */
@ApplicationScoped
public class ClusterWiring {

    private static final Logger LOG = Logger.getLogger(ClusterWiring.class.getName());

    @Inject
    GameSettings settings;

    @Produces
    @ApplicationScoped
    EventBus eventBus(Instance<LocalEventBus> local, Instance<ClusterBus> cluster) {
        return settings.clusterEnabled() ? cluster.get() : local.get();
    }

    @Produces
    @ApplicationScoped
    RateCounter rateCounter(Instance<InMemoryRateCounter> local, Instance<RedisRateCounter> cluster) {
        return settings.clusterEnabled() ? cluster.get() : local.get();
    }

    @Produces
    @ApplicationScoped
    SingletonJobs singletonJobs(Instance<SingleNodeJobs> local, Instance<RedisJobs> cluster) {
        return settings.clusterEnabled() ? cluster.get() : local.get();
    }

    @Produces
    @ApplicationScoped
    InviteStore inviteStore(Instance<PartyInvites> local, Instance<RedisInviteStore> cluster) {
        return settings.clusterEnabled() ? cluster.get() : local.get();
    }

    @Produces
    @ApplicationScoped
    CombatDirectory combatDirectory(Instance<LocalCombatDirectory> local, Instance<RedisCombatDirectory> cluster) {
        return settings.clusterEnabled() ? cluster.get() : local.get();
    }

    /** Dependent, so that sessions call the mirror itself, not a proxy, on every message they are sent. */
    @Produces
    ReplayMirror replayMirror(Instance<RedisReplayMirror> cluster) {
        return settings.clusterEnabled() ? cluster.get() : ReplayMirror.NONE;
    }

    @Produces
    @ApplicationScoped
    PeerListeners peerListeners(Instance<LocalPeerListeners> local, Instance<RedisPeerListeners> cluster) {
        return settings.clusterEnabled() ? cluster.get() : local.get();
    }

    @Produces
    @ApplicationScoped
    OnlinePlayers onlinePlayers(Instance<LocalOnlinePlayers> local, Instance<ClusterOnlinePlayers> cluster) {
        return settings.clusterEnabled() ? cluster.get() : local.get();
    }

    @Produces
    @ApplicationScoped
    SharedPresence sharedPresence(Instance<RedisPresence> cluster) {
        return cluster.get();
    }

    /** Starts the subscriptions and the node's heartbeat when clustered. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started, ClusterBus bus, ClusterSessions sessions,
               NodeCalls calls, NodeHeartbeat heartbeat, Instance<CombatService> combat, ClusterOnlinePlayers players,
               MetricRegistry metrics) {
        metrics.gauge("sote_cluster_node", () -> 1, new Tag("node", settings.nodeName()),
                new Tag("mode", settings.clusterEnabled() ? "cluster" : "single"));
        if (!settings.clusterEnabled()) {
            return;
        }
        calls.handle(RedisCombatDirectory.FORWARDED_ACTION, body -> combat.get().act(
                body.getJsonNumber("actor_id").longValue(),
                new CombatAction(body.getString("combat_id"), body.getString("action_type", null),
                        body.containsKey("target_id") ? body.getJsonNumber("target_id").longValue() : null,
                        body.getString("ability_name", null),
                        body.containsKey("item_id") ? body.getJsonNumber("item_id").longValue() : null)));
        players.serve();
        calls.start();
        sessions.start();
        bus.start();
        heartbeat.start();
        LOG.info(() -> "cluster mode: node " + settings.nodeName() + " joined through " + settings.redisUrl());
    }
}
