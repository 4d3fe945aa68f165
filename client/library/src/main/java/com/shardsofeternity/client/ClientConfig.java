package com.shardsofeternity.client;

import com.shardsofeternity.protocol.MessageTypes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Everything a {@link GameClient} needs to know before it connects. Immutable; start from
 * {@link #fromEnvironment()} (the variables the original Python client read) or {@link #builder()},
 * and override single settings with {@link #toBuilder()}.
 *
 * <p>The REST base is {@code <server URL>/api}; the socket is {@code <server URL>/ws} with the scheme
 * mapped {@code http→ws}, {@code https→wss}, so a server behind a path prefix works unchanged.
 */
public final class ClientConfig {

    public static final String ENV_SERVER_URL = "MASTER_SERVER_URL";
    public static final String ENV_P2P_PORT = "P2P_PORT";
    public static final String ENV_P2P_MAX_CONNECTIONS = "P2P_MAX_CONNECTIONS";
    public static final String ENV_P2P_ENCRYPTION = "P2P_ENCRYPTION";
    public static final String ENV_ENCRYPTION_KEY = "ENCRYPTION_KEY";

    public static final URI DEFAULT_SERVER_URL = URI.create("http://localhost:8888");

    private final URI serverUrl;
    private final int p2pPort;
    private final int p2pMaxConnections;
    private final boolean p2pEncryption;
    private final String encryptionKey;
    private final Duration requestTimeout;
    private final Duration connectTimeout;
    private final Duration heartbeatInterval;
    private final boolean autoReconnect;
    private final Duration reconnectInitialDelay;
    private final Duration reconnectMaxDelay;
    private final double reconnectJitter;
    private final int reconnectMaxAttempts;
    private final SSLContext sslContext;
    private final MessageTypes messageTypes;
    private final Executor handlerExecutor;

    private ClientConfig(Builder builder) {
        this.serverUrl = builder.serverUrl;
        this.p2pPort = builder.p2pPort;
        this.p2pMaxConnections = builder.p2pMaxConnections;
        this.p2pEncryption = builder.p2pEncryption;
        this.encryptionKey = builder.encryptionKey;
        this.requestTimeout = builder.requestTimeout;
        this.connectTimeout = builder.connectTimeout;
        this.heartbeatInterval = builder.heartbeatInterval;
        this.autoReconnect = builder.autoReconnect;
        this.reconnectInitialDelay = builder.reconnectInitialDelay;
        this.reconnectMaxDelay = builder.reconnectMaxDelay;
        this.reconnectJitter = builder.reconnectJitter;
        this.reconnectMaxAttempts = builder.reconnectMaxAttempts;
        this.sslContext = builder.sslContext != null ? builder.sslContext : builder.loadTrustStore();
        this.messageTypes = builder.messageTypes != null ? builder.messageTypes : MessageTypes.standard();
        this.handlerExecutor = builder.handlerExecutor;
    }

    /** All defaults: a server on {@code http://localhost:8888}. */
    public static ClientConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults overridden by the process environment. */
    public static ClientConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * Defaults overridden by {@code env}: {@value #ENV_SERVER_URL}, {@value #ENV_P2P_PORT},
     * {@value #ENV_P2P_MAX_CONNECTIONS}, {@value #ENV_P2P_ENCRYPTION} and {@value #ENV_ENCRYPTION_KEY}.
     * Blank values count as unset.
     *
     * @throws IllegalArgumentException naming the variable whose value cannot be used
     */
    public static ClientConfig fromEnvironment(Map<String, String> env) {
        return builder().environment(env).build();
    }

    /** A builder holding this configuration, to change a few settings. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.serverUrl = serverUrl;
        builder.p2pPort = p2pPort;
        builder.p2pMaxConnections = p2pMaxConnections;
        builder.p2pEncryption = p2pEncryption;
        builder.encryptionKey = encryptionKey;
        builder.requestTimeout = requestTimeout;
        builder.connectTimeout = connectTimeout;
        builder.heartbeatInterval = heartbeatInterval;
        builder.autoReconnect = autoReconnect;
        builder.reconnectInitialDelay = reconnectInitialDelay;
        builder.reconnectMaxDelay = reconnectMaxDelay;
        builder.reconnectJitter = reconnectJitter;
        builder.reconnectMaxAttempts = reconnectMaxAttempts;
        builder.sslContext = sslContext;
        builder.messageTypes = messageTypes;
        builder.handlerExecutor = handlerExecutor;
        return builder;
    }

    public URI serverUrl() {
        return serverUrl;
    }

    /** Base of the REST API: {@code <server URL>/api}. */
    public URI apiBaseUri() {
        return URI.create(withoutTrailingSlash(serverUrl.toString()) + "/api");
    }

    /** The socket: {@code <server URL>/ws} with {@code ws} or {@code wss}. */
    public URI webSocketUri() {
        String scheme = "https".equalsIgnoreCase(serverUrl.getScheme()) ? "wss" : "ws";
        String rest = withoutTrailingSlash(serverUrl.toString()).substring(serverUrl.getScheme().length());
        return URI.create(scheme + rest + "/ws");
    }

    public int p2pPort() {
        return p2pPort;
    }

    public int p2pMaxConnections() {
        return p2pMaxConnections;
    }

    public boolean p2pEncryption() {
        return p2pEncryption;
    }

    /** The shared P2P secret used where no server brokers keys. */
    public Optional<String> encryptionKey() {
        return Optional.ofNullable(encryptionKey);
    }

    /** How long a request waits for its {@code ack}, {@code error}, {@code pong} or REST answer. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** TCP connect and WebSocket handshake limit. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Ping period until the server announces its own {@code heartbeat_interval_ms}, which then wins. */
    public Duration heartbeatInterval() {
        return heartbeatInterval;
    }

    public boolean autoReconnect() {
        return autoReconnect;
    }

    public Duration reconnectInitialDelay() {
        return reconnectInitialDelay;
    }

    public Duration reconnectMaxDelay() {
        return reconnectMaxDelay;
    }

    /** Share of each reconnect delay that is random: 0 none, 1 full jitter. */
    public double reconnectJitter() {
        return reconnectJitter;
    }

    /** Reconnect attempts in a row before the session is given up. */
    public int reconnectMaxAttempts() {
        return reconnectMaxAttempts;
    }

    /** TLS settings for https and wss; empty means the JVM's defaults. */
    public Optional<SSLContext> sslContext() {
        return Optional.ofNullable(sslContext);
    }

    /** The message types this client understands, including a game's own. */
    public MessageTypes messageTypes() {
        return messageTypes;
    }

    /** Where handlers run (serially), when the game supplies it; empty means a thread of the client. */
    public Optional<Executor> handlerExecutor() {
        return Optional.ofNullable(handlerExecutor);
    }

    @Override
    public String toString() {
        return "ClientConfig[serverUrl=" + serverUrl + ", p2pPort=" + p2pPort + ", p2pMaxConnections="
                + p2pMaxConnections + ", p2pEncryption=" + p2pEncryption + ", encryptionKey="
                + (encryptionKey == null ? "unset" : "set") + ", requestTimeout=" + requestTimeout
                + ", heartbeatInterval=" + heartbeatInterval + ", autoReconnect=" + autoReconnect + "]";
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Collects settings; every setter validates at once so a mistake points at its line. */
    public static final class Builder {
        private URI serverUrl = DEFAULT_SERVER_URL;
        private int p2pPort = 9000;
        private int p2pMaxConnections = 10;
        private boolean p2pEncryption = true;
        private String encryptionKey;
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration heartbeatInterval = Duration.ofSeconds(30);
        private boolean autoReconnect = true;
        private Duration reconnectInitialDelay = Duration.ofMillis(500);
        private Duration reconnectMaxDelay = Duration.ofSeconds(30);
        private double reconnectJitter = 1.0;
        private int reconnectMaxAttempts = Integer.MAX_VALUE;
        private SSLContext sslContext;
        private Path trustStore;
        private char[] trustStorePassword;
        private MessageTypes messageTypes;
        private Executor handlerExecutor;

        private Builder() {
        }

        /** Applies the environment variables named in {@link ClientConfig#fromEnvironment(Map)}. */
        public Builder environment(Map<String, String> env) {
            EnvironmentValues values = new EnvironmentValues(env);
            values.string(ENV_SERVER_URL).ifPresent(this::serverUrl);
            values.integer(ENV_P2P_PORT).ifPresent(this::p2pPort);
            values.integer(ENV_P2P_MAX_CONNECTIONS).ifPresent(this::p2pMaxConnections);
            values.bool(ENV_P2P_ENCRYPTION).ifPresent(this::p2pEncryption);
            values.string(ENV_ENCRYPTION_KEY).ifPresent(this::encryptionKey);
            return this;
        }

        public Builder serverUrl(String url) {
            try {
                return serverUrl(new URI(url.trim()));
            } catch (URISyntaxException bad) {
                throw new IllegalArgumentException("not a URL: " + url, bad);
            }
        }

        /** An {@code http} or {@code https} URL, optionally with a path prefix. */
        public Builder serverUrl(URI url) {
            String scheme = url.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || url.getHost() == null) {
                throw new IllegalArgumentException("the server URL must be http(s)://host[:port][/path]: " + url);
            }
            this.serverUrl = url;
            return this;
        }

        /** The peer listener's port; 0 lets the system choose a free one. */
        public Builder p2pPort(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("P2P port must be 0-65535: " + port);
            }
            this.p2pPort = port;
            return this;
        }

        public Builder p2pMaxConnections(int max) {
            this.p2pMaxConnections = positive(max, "P2P max connections");
            return this;
        }

        public Builder p2pEncryption(boolean enabled) {
            this.p2pEncryption = enabled;
            return this;
        }

        /** The shared P2P secret; null or blank clears it. */
        public Builder encryptionKey(String key) {
            this.encryptionKey = key == null || key.isBlank() ? null : key;
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "request timeout");
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connect timeout");
            return this;
        }

        public Builder heartbeatInterval(Duration interval) {
            this.heartbeatInterval = positive(interval, "heartbeat interval");
            return this;
        }

        public Builder autoReconnect(boolean enabled) {
            this.autoReconnect = enabled;
            return this;
        }

        /**
         * Exponential reconnect backoff: the cap doubles from {@code initial} up to {@code max}, and
         * {@code jitter} (0 to 1) of each delay is random.
         */
        public Builder reconnectBackoff(Duration initial, Duration max, double jitter) {
            positive(initial, "initial reconnect delay");
            positive(max, "maximum reconnect delay");
            if (max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("the maximum reconnect delay is below the initial one");
            }
            if (!(jitter >= 0 && jitter <= 1)) {
                throw new IllegalArgumentException("jitter must be between 0 and 1: " + jitter);
            }
            this.reconnectInitialDelay = initial;
            this.reconnectMaxDelay = max;
            this.reconnectJitter = jitter;
            return this;
        }

        public Builder reconnectMaxAttempts(int attempts) {
            this.reconnectMaxAttempts = positive(attempts, "reconnect attempts");
            return this;
        }

        /** TLS for https and wss, for example to trust a test server's own certificate authority. */
        public Builder sslContext(SSLContext context) {
            this.sslContext = context;
            return this;
        }

        /** Trust exactly the certificates of this key store (PKCS12 or JKS); ignored when an SSLContext is set. */
        public Builder trustStore(Path path, char[] password) {
            this.trustStore = Objects.requireNonNull(path, "path");
            this.trustStorePassword = password == null ? null : password.clone();
            return this;
        }

        /** The registry to decode with; register a game's own types on it before connecting. */
        public Builder messageTypes(MessageTypes types) {
            this.messageTypes = Objects.requireNonNull(types, "types");
            return this;
        }

        /**
         * Runs handlers and listeners on the game's executor (for example its main-loop queue) instead of
         * a thread of the client. They still run one at a time, in arrival order; the client never shuts
         * this executor down.
         */
        public Builder handlerExecutor(Executor executor) {
            this.handlerExecutor = executor;
            return this;
        }

        public ClientConfig build() {
            return new ClientConfig(this);
        }

        private SSLContext loadTrustStore() {
            if (trustStore == null) {
                return null;
            }
            try (InputStream in = Files.newInputStream(trustStore)) {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(in, trustStorePassword);
                TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(store);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, trust.getTrustManagers(), null);
                return context;
            } catch (IOException | GeneralSecurityException failure) {
                throw new IllegalArgumentException("cannot load the trust store " + trustStore, failure);
            }
        }

        private static Duration positive(Duration value, String what) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(what + " must be positive: " + value);
            }
            return value;
        }

        private static int positive(int value, String what) {
            if (value < 1) {
                throw new IllegalArgumentException(what + " must be at least 1: " + value);
            }
            return value;
        }
    }
}
