package com.shardsofeternity.examples;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.client.Messages;
import com.shardsofeternity.client.dispatch.Registration;
import com.shardsofeternity.client.realtime.ConnectionListener;
import com.shardsofeternity.client.realtime.ConnectionState;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.Chat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Handlers for one type (with the payload bound to its record), a catch-all handler, an error
 * handler and a connection listener; then removing a handler.
 */
final class HandlersExample implements Example {

    @Override
    public String title() {
        return "Message handlers";
    }

    @Override
    public void run(Demo demo) {
        GameClient client = demo.newPlayer("Herald", "Azure Order");
        CompletableFuture<Void> errorSeen = new CompletableFuture<>();
        CompletableFuture<Void> secondLineSeen = new CompletableFuture<>();

        Registration chatHandler = client.registerHandler(MessageTypes.CHAT, Chat.class,
                chat -> demo.say("  chat handler: [%s] %s: %s", chat.channel(), chat.senderName(), chat.content()));
        client.registerCatchAllHandler(message -> {
            demo.say("  catch-all: %s (seq %s)", message.type(),
                    message.seq().isPresent() ? message.seq().getAsLong() : "none");
            if (MessageTypes.CHAT.equals(message.type()) && message.payload(Chat.class).content().startsWith("second")) {
                secondLineSeen.complete(null);
            }
        });
        client.registerErrorHandler((error, message) -> {
            String code = error instanceof MasterServerException refused ? String.valueOf(refused.errorCode()) : "";
            demo.say("  error handler: %s %s", code, error.getMessage());
            errorSeen.complete(null);
        });
        client.addConnectionListener(new ConnectionListener() {
            @Override
            public void onStateChanged(ConnectionState previous, ConnectionState current) {
                demo.say("  connection listener: %s -> %s", previous, current);
            }
        });

        demo.say("Sending a chat line; every handler sees it, the catch-all last:");
        Await.result(client.sendChat(Messages.CHANNEL_GLOBAL, "first line, for every handler"));

        demo.say("Posting an empty chat line without waiting for an answer; the server's error goes to the error handler:");
        Await.result(client.post(MessageTypes.CHAT, Messages.chat(Messages.CHANNEL_GLOBAL, "   ")));
        Await.result(errorSeen.orTimeout(10, TimeUnit.SECONDS));

        demo.say("Removing the chat handler; the next line reaches only the catch-all handler:");
        chatHandler.remove();
        Await.result(client.sendChat(Messages.CHANNEL_GLOBAL, "second line, after the removal"));
        Await.result(secondLineSeen.orTimeout(10, TimeUnit.SECONDS));
    }
}
