package com.shardsofeternity.server.realtime;

import com.shardsofeternity.server.config.GameSettings;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Set;

/**
 * Refuses WebSocket handshakes from web pages of other origins (cross-site WebSocket hijacking):
 * an {@code Origin} outside the allowlist gets HTTP 403. Native clients send no Origin and are let in.
 * Handshakes let in keep the client's address with their socket.
 */
public class HandshakeGuard extends ServerEndpointConfig.Configurator {

    private volatile Set<String> allowed;

    @Override
    public boolean checkOrigin(String origin) {
        if (origin == null || origin.isEmpty()) {
            return true;
        }
        return allowedOrigins().contains(origin) || isSameOrigin(origin);
    }

    /** A page served by this very server (its own host and port) may always open a socket. */
    private static boolean isSameOrigin(String origin) {
        int scheme = origin.indexOf("://");
        if (scheme < 0) {
            return false;
        }
        String hostAndPort = origin.substring(scheme + 3);
        return ClientAddressFilter.currentHost().map(host -> host.equalsIgnoreCase(hostAndPort)).orElse(false);
    }

    /** Keeps the client's address (see {@link ClientAddressFilter}) with the socket being opened. */
    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        ClientAddressFilter.current().ifPresent(address -> config.getUserProperties().put(Connection.REMOTE_ADDRESS, address));
    }

    private Set<String> allowedOrigins() {
        Set<String> origins = allowed;
        if (origins == null) {
            origins = CDI.current().select(GameSettings.class).get().allowedOrigins();
            allowed = origins;
        }
        return origins;
    }
}
