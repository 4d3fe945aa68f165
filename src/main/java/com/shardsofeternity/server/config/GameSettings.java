package com.shardsofeternity.server.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every tunable of the game server in one place. Each value comes from MicroProfile Config, so an
 * environment variable of the same name (for example {@code SESSION_TIMEOUT_MINUTES}) overrides the
 * default shown here; the README lists them all.
 */
@ApplicationScoped
public class GameSettings {

    @Inject @ConfigProperty(name = "SESSION_TIMEOUT_SECONDS", defaultValue = "1800")
    long sessionTimeoutSeconds;

    @Inject @ConfigProperty(name = "SESSION_MAX_LIFETIME_SECONDS", defaultValue = "86400")
    long sessionMaxLifetimeSeconds;

    @Inject @ConfigProperty(name = "ADMIN_USERNAMES", defaultValue = " ")
    String adminUsernames;

    @Inject @ConfigProperty(name = "LOGIN_MAX_FAILURES", defaultValue = "5")
    int loginMaxFailures;

    @Inject @ConfigProperty(name = "LOGIN_FAILURE_WINDOW_SECONDS", defaultValue = "60")
    int loginFailureWindowSeconds;

    @Inject @ConfigProperty(name = "ARGON2_MEMORY_KIB", defaultValue = "19456")
    int argon2MemoryKib;

    @Inject @ConfigProperty(name = "ARGON2_ITERATIONS", defaultValue = "2")
    int argon2Iterations;

    @Inject @ConfigProperty(name = "ARGON2_PARALLELISM", defaultValue = "1")
    int argon2Parallelism;

    @Inject @ConfigProperty(name = "PASSWORD_HASHING_THREADS", defaultValue = "1")
    int passwordHashingThreads;

    @Inject @ConfigProperty(name = "PASSWORD_HASHING_QUEUE", defaultValue = "256")
    int passwordHashingQueue;

    @Inject @ConfigProperty(name = "TRUST_FORWARDED_FOR", defaultValue = "false")
    boolean trustForwardedFor;

    @Inject @ConfigProperty(name = "SERVER_VERSION", defaultValue = "1.0.0")
    String serverVersion;

    @Inject @ConfigProperty(name = "CORS_ORIGINS", defaultValue = "http://localhost:8888,https://localhost:8889")
    String allowedOrigins;

    @Inject @ConfigProperty(name = "HEARTBEAT_INTERVAL_MS", defaultValue = "15000")
    long heartbeatIntervalMs;

    @Inject @ConfigProperty(name = "AUTH_TIMEOUT_MS", defaultValue = "10000")
    long authTimeoutMs;

    @Inject @ConfigProperty(name = "RESUME_WINDOW_SECONDS", defaultValue = "60")
    long resumeWindowSeconds;

    @Inject @ConfigProperty(name = "REPLAY_BUFFER_SIZE", defaultValue = "256")
    int replayBufferSize;

    @Inject @ConfigProperty(name = "OUTBOUND_QUEUE_SOFT_LIMIT", defaultValue = "512")
    int outboundSoftLimit;

    @Inject @ConfigProperty(name = "OUTBOUND_QUEUE_HARD_LIMIT", defaultValue = "4096")
    int outboundHardLimit;

    @Inject @ConfigProperty(name = "OUTBOUND_OVERFLOW_GRACE_MS", defaultValue = "3000")
    long outboundOverflowGraceMs;

    @Inject @ConfigProperty(name = "OUTBOUND_LINGER_MS", defaultValue = "10")
    long outboundLingerMs;

    @Inject @ConfigProperty(name = "CHAT_RATE_LIMIT", defaultValue = "5")
    int chatRateLimit;

    @Inject @ConfigProperty(name = "CHAT_RATE_WINDOW_MS", defaultValue = "5000")
    long chatRateWindowMs;

    @Inject @ConfigProperty(name = "POSITION_RATE_LIMIT", defaultValue = "20")
    int positionRateLimit;

    @Inject @ConfigProperty(name = "MAX_SPEED", defaultValue = "10")
    double maxSpeed;

    @Inject @ConfigProperty(name = "SPEED_TOLERANCE", defaultValue = "0.25")
    double speedTolerance;

    @Inject @ConfigProperty(name = "TICK_RATE_HZ", defaultValue = "20")
    int tickRateHz;

    @Inject @ConfigProperty(name = "PARTY_MAX_SIZE", defaultValue = "5")
    int partyMaxSize;

    @Inject @ConfigProperty(name = "PARTY_INVITE_SECONDS", defaultValue = "60")
    long partyInviteSeconds;

    @Inject @ConfigProperty(name = "COMBAT_TURN_TIMEOUT_SECONDS", defaultValue = "30")
    long combatTurnTimeoutSeconds;

    @Inject @ConfigProperty(name = "COMBAT_RANDOM_SEED", defaultValue = " ")
    String combatRandomSeed;

    @Inject @ConfigProperty(name = "SHARD_CAPTURE_COOLDOWN_SECONDS", defaultValue = "60")
    long shardCaptureCooldownSeconds;

    @Inject @ConfigProperty(name = "P2P_TRUST_CLIENT_HOST", defaultValue = "false")
    boolean p2pTrustClientHost;

    @Inject @ConfigProperty(name = "P2P_TICKET_SECONDS", defaultValue = "30")
    long p2pTicketSeconds;

    @Inject @ConfigProperty(name = "WORLD_CLOCK_INTERVAL_SECONDS", defaultValue = "30")
    long worldClockIntervalSeconds;

    @Inject @ConfigProperty(name = "CLUSTER_ENABLED", defaultValue = "false")
    boolean clusterEnabled;

    @Inject @ConfigProperty(name = "REDIS_URL", defaultValue = "redis://127.0.0.1:6379")
    String redisUrl;

    @Inject @ConfigProperty(name = "NODE_NAME", defaultValue = " ")
    String nodeName;

    @Inject @ConfigProperty(name = "CLUSTER_NAMESPACE", defaultValue = "sote")
    String clusterNamespace;

    /** Prefix of every Redis key and channel of this deployment. */
    public String clusterNamespace() {
        return clusterNamespace;
    }

    /** Whether this node is one of several sharing PostgreSQL and Redis. */
    public boolean clusterEnabled() {
        return clusterEnabled;
    }

    public String redisUrl() {
        return redisUrl;
    }

    private volatile String resolvedNodeName;

    /** This node's name in the cluster: NODE_NAME, or the host name and process id. */
    public String nodeName() {
        String name = resolvedNodeName;
        if (name == null) {
            if (!nodeName.isBlank()) {
                name = nodeName.strip();
            } else {
                String host;
                try {
                    host = java.net.InetAddress.getLocalHost().getHostName();
                } catch (java.net.UnknownHostException unknown) {
                    host = "node";
                }
                name = host + "-" + ProcessHandle.current().pid();
            }
            resolvedNodeName = name;
        }
        return name;
    }

    public int partyMaxSize() {
        return partyMaxSize;
    }

    public long partyInviteMillis() {
        return partyInviteSeconds * 1000;
    }

    public long combatTurnTimeoutMillis() {
        return combatTurnTimeoutSeconds * 1000;
    }

    /** A fixed seed for combat rolls (tests, replays), or empty for unpredictable rolls. */
    public java.util.OptionalLong combatRandomSeed() {
        return combatRandomSeed.isBlank() ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(Long.parseLong(combatRandomSeed.strip()));
    }

    public long shardCaptureCooldownMillis() {
        return shardCaptureCooldownSeconds * 1000;
    }

    public long worldClockIntervalMillis() {
        return Math.max(1, worldClockIntervalSeconds) * 1000;
    }

    /** Whether peers are offered the host a client declares in {@code p2p_register} instead of its socket's address. */
    public boolean p2pTrustClientHost() {
        return p2pTrustClientHost;
    }

    /** How long a {@code p2p_offer}'s ticket stays usable. */
    public long p2pTicketMillis() {
        return Math.max(1, p2pTicketSeconds) * 1000;
    }

    /** Origins allowed for CORS on /api and for WebSocket handshakes on /ws. */
    public java.util.Set<String> allowedOrigins() {
        java.util.Set<String> origins = new java.util.HashSet<>();
        for (String origin : allowedOrigins.split(",")) {
            if (!origin.isBlank()) {
                origins.add(origin.strip());
            }
        }
        return origins;
    }

    public long heartbeatIntervalMs() {
        return heartbeatIntervalMs;
    }

    public long authTimeoutMs() {
        return authTimeoutMs;
    }

    public long resumeWindowMs() {
        return resumeWindowSeconds * 1000;
    }

    public int replayBufferSize() {
        return replayBufferSize;
    }

    public int outboundSoftLimit() {
        return outboundSoftLimit;
    }

    public int outboundHardLimit() {
        return outboundHardLimit;
    }

    public long outboundOverflowGraceMs() {
        return outboundOverflowGraceMs;
    }

    /** How long normal and low messages for an idle socket wait to leave together; 0 sends each at once. */
    public long outboundLingerMs() {
        return Math.max(0, outboundLingerMs);
    }

    public int chatRateLimit() {
        return chatRateLimit;
    }

    public Duration chatRateWindow() {
        return Duration.ofMillis(chatRateWindowMs);
    }

    public int positionRateLimit() {
        return positionRateLimit;
    }

    public double maxSpeed() {
        return maxSpeed;
    }

    public double speedTolerance() {
        return speedTolerance;
    }

    public int tickRateHz() {
        return Math.max(1, tickRateHz);
    }

    public Duration sessionTimeout() {
        return Duration.ofSeconds(sessionTimeoutSeconds);
    }

    public Duration sessionMaxLifetime() {
        return Duration.ofSeconds(sessionMaxLifetimeSeconds);
    }

    /** Accounts whose sessions get the {@code admin} role, lower case. */
    public java.util.Set<String> adminUsernames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String name : adminUsernames.split(",")) {
            if (!name.isBlank()) {
                names.add(name.trim().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    public int loginMaxFailures() {
        return loginMaxFailures;
    }

    public Duration loginFailureWindow() {
        return Duration.ofSeconds(loginFailureWindowSeconds);
    }

    public int argon2MemoryKib() {
        return argon2MemoryKib;
    }

    public int argon2Iterations() {
        return argon2Iterations;
    }

    public int argon2Parallelism() {
        return argon2Parallelism;
    }

    public int passwordHashingThreads() {
        return Math.max(1, passwordHashingThreads);
    }

    public int passwordHashingQueue() {
        return Math.max(1, passwordHashingQueue);
    }

    public boolean trustForwardedFor() {
        return trustForwardedFor;
    }

    public String serverVersion() {
        return serverVersion;
    }
}
