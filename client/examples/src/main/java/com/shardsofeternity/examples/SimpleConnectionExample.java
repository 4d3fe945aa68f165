package com.shardsofeternity.examples;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.client.realtime.ConnectionListener;
import com.shardsofeternity.client.realtime.SessionEnd;
import com.shardsofeternity.protocol.message.AuthResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Register, log in and open the socket, ping the server, log out. */
final class SimpleConnectionExample implements Example {

    @Override
    public String title() {
        return "Simple connection";
    }

    @Override
    public void run(Demo demo) {
        GameClient client = demo.newClient();
        String username = "simple_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        demo.say("Registering %s on %s", username, demo.config().serverUrl());
        long playerId = Await.result(client.register(username, Demo.PASSWORD)).playerId();

        AuthResponse auth = Await.result(client.connect(username, Demo.PASSWORD));
        demo.say("Connected as player %d, session %s, protocol %s, heartbeat every %d ms",
                playerId, auth.sessionId(), auth.protocolVersion(), auth.heartbeatIntervalMs());
        demo.say("State: %s", client.connectionState());

        Duration roundTrip = Await.result(client.ping());
        demo.say("Ping answered in %d ms", roundTrip.toMillis());

        CompletableFuture<SessionEnd> ended = new CompletableFuture<>();
        client.addConnectionListener(new ConnectionListener() {
            @Override
            public void onSessionEnded(SessionEnd end) {
                ended.complete(end);
            }
        });
        Await.result(client.logout());
        SessionEnd end = Await.result(ended.orTimeout(10, TimeUnit.SECONDS));
        demo.say("Logged out: session ended with close code %d (%s), state %s",
                end.closeCode(), end.reason(), client.connectionState());
    }
}
