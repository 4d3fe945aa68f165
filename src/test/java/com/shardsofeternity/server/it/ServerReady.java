package com.shardsofeternity.server.it;

import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Holds back a test class until the server under test is serving: Liberty reports itself started
 * before a slow machine has finished starting the application.
 */
public final class ServerReady implements BeforeAllCallback {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    private static volatile boolean ready;

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        if (!ready) {
            synchronized (ServerReady.class) {
                if (!ready) {
                    LibertyServer.awaitReady(START_LIMIT);
                    ready = true;
                }
            }
        }
    }
}
