package com.shardsofeternity.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.Priority;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientConfigTest {

    @Test
    void defaultsMatchTheOriginalClient() {
        ClientConfig config = ClientConfig.fromEnvironment(Map.of());
        assertThat(config.serverUrl()).isEqualTo(URI.create("http://localhost:8888"));
        assertThat(config.p2pPort()).isEqualTo(9000);
        assertThat(config.p2pMaxConnections()).isEqualTo(10);
        assertThat(config.p2pEncryption()).isTrue();
        assertThat(config.encryptionKey()).isEmpty();
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.autoReconnect()).isTrue();
        assertThat(config.sslContext()).isEmpty();
        assertThat(config.messageTypes().find("chat")).isPresent();
        assertThat(config.webSocketUri()).isEqualTo(URI.create("ws://localhost:8888/ws"));
        assertThat(config.apiBaseUri()).isEqualTo(URI.create("http://localhost:8888/api"));
    }

    @Test
    void environmentVariablesOverrideTheDefaults() {
        ClientConfig config = ClientConfig.fromEnvironment(Map.of(
                "MASTER_SERVER_URL", "https://play.example.org/",
                "P2P_PORT", "9100",
                "P2P_MAX_CONNECTIONS", "4",
                "P2P_ENCRYPTION", "false",
                "ENCRYPTION_KEY", "s3cret"));
        assertThat(config.webSocketUri()).isEqualTo(URI.create("wss://play.example.org/ws"));
        assertThat(config.apiBaseUri()).isEqualTo(URI.create("https://play.example.org/api"));
        assertThat(config.p2pPort()).isEqualTo(9100);
        assertThat(config.p2pMaxConnections()).isEqualTo(4);
        assertThat(config.p2pEncryption()).isFalse();
        assertThat(config.encryptionKey()).contains("s3cret");
    }

    @Test
    void builderOverridesTheEnvironment() {
        ClientConfig config = ClientConfig.fromEnvironment(Map.of("P2P_PORT", "9100", "MASTER_SERVER_URL", "http://a:1"))
                .toBuilder()
                .p2pPort(9200)
                .requestTimeout(Duration.ofSeconds(3))
                .heartbeatInterval(Duration.ofSeconds(5))
                .reconnectBackoff(Duration.ofMillis(50), Duration.ofSeconds(2), 0.5)
                .reconnectMaxAttempts(7)
                .autoReconnect(false)
                .build();
        assertThat(config.p2pPort()).isEqualTo(9200);
        assertThat(config.serverUrl()).isEqualTo(URI.create("http://a:1"));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.heartbeatInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.reconnectInitialDelay()).isEqualTo(Duration.ofMillis(50));
        assertThat(config.reconnectMaxDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.reconnectJitter()).isEqualTo(0.5);
        assertThat(config.reconnectMaxAttempts()).isEqualTo(7);
        assertThat(config.autoReconnect()).isFalse();
    }

    @Test
    void aPathPrefixIsKeptForBothRestAndSocket() {
        ClientConfig config = ClientConfig.builder().serverUrl("http://host:9080/game").build();
        assertThat(config.webSocketUri()).isEqualTo(URI.create("ws://host:9080/game/ws"));
        assertThat(config.apiBaseUri()).isEqualTo(URI.create("http://host:9080/game/api"));
    }

    @Test
    void blankVariablesCountAsUnset() {
        ClientConfig config = ClientConfig.fromEnvironment(Map.of("P2P_PORT", " ", "ENCRYPTION_KEY", ""));
        assertThat(config.p2pPort()).isEqualTo(9000);
        assertThat(config.encryptionKey()).isEmpty();
    }

    @Test
    void unusableValuesAreRefusedNamingTheProblem() {
        assertThatThrownBy(() -> ClientConfig.fromEnvironment(Map.of("P2P_PORT", "ninety")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P2P_PORT");
        assertThatThrownBy(() -> ClientConfig.fromEnvironment(Map.of("P2P_ENCRYPTION", "maybe")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P2P_ENCRYPTION");
        assertThatThrownBy(() -> ClientConfig.fromEnvironment(Map.of("MASTER_SERVER_URL", "ftp://x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http");
        assertThatThrownBy(() -> ClientConfig.builder().p2pPort(70_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientConfig.builder().requestTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientConfig.builder().reconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientConfig.builder().trustStore(java.nio.file.Path.of("/no/such/store.p12"), null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trust store");
    }

    @Test
    void toStringNeverShowsTheEncryptionKey() {
        ClientConfig config = ClientConfig.builder().encryptionKey("hunter2").build();
        assertThat(config.toString()).doesNotContain("hunter2").contains("encryptionKey=set");
    }

    @Test
    void aGamesOwnRegistryIsUsed() {
        MessageTypes types = MessageTypes.standard();
        types.register("emote", String.class, Priority.LOW);
        assertThat(ClientConfig.builder().messageTypes(types).build().messageTypes().find("emote")).isPresent();
    }
}
