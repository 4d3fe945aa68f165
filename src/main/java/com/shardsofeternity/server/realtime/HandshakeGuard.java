package com.shardsofeternity.server.realtime;

import com.shardsofeternity.server.config.GameSettings;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Set;

/**
 * Refuses WebSocket handshakes from web pages of other origins (cross-site WebSocket hijacking):
 * an {@code Origin} outside the allowlist gets HTTP 403. Native clients send no Origin and are let in.
 */
public class HandshakeGuard extends ServerEndpointConfig.Configurator {

    private volatile Set<String> allowed;

    @Override
    public boolean checkOrigin(String origin) {
        if (origin == null || origin.isEmpty()) {
            return true;
        }
        return allowedOrigins().contains(origin);
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
