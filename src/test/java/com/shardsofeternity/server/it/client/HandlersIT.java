package com.shardsofeternity.server.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.client.Messages;
import com.shardsofeternity.client.dispatch.IncomingMessage;
import com.shardsofeternity.client.dispatch.MessageHandler;
import com.shardsofeternity.client.dispatch.Registration;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.Priority;
import com.shardsofeternity.protocol.message.Chat;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Handlers, catch-all handlers, error handlers and a game's own message types against the real server. */
class HandlersIT {

    /** A message type a game might add on its own; the server does not know it. */
    private static final String EMOTE = "emote";

    private final Players players = new Players();

    @AfterEach
    void closePlayers() {
        players.close();
    }

    @Test
    void handlersOfATypeRunInRegistrationOrderThenTheCatchAllHandlers() {
        GameClient client = players.player(Players.CRIMSON).client();
        List<String> calls = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> everyoneRan = new CompletableFuture<>();
        client.registerHandler(MessageTypes.CHAT, Chat.class, chat -> calls.add("first " + chat.content()));
        client.registerCatchAllHandler(whenChat(message -> calls.add("catch-all " + content(message))));
        client.registerHandler(MessageTypes.CHAT, message -> calls.add("second " + content(message)));
        client.registerCatchAllHandler(whenChat(message -> everyoneRan.complete(null)));

        Await.result(client.sendChat(Messages.CHANNEL_GLOBAL, "hello"));

        Await.result(everyoneRan.orTimeout(10, TimeUnit.SECONDS));
        assertThat(calls).containsExactly("first hello", "second hello", "catch-all hello");
    }

    @Test
    void aRemovedHandlerHearsNothingMore() {
        GameClient client = players.player(Players.AZURE).client();
        List<String> heard = new CopyOnWriteArrayList<>();
        Registration registration = client.registerHandler(MessageTypes.CHAT, Chat.class, chat -> heard.add(chat.content()));
        Inbox<Chat> after = Inbox.of(client, MessageTypes.CHAT, Chat.class);

        Await.result(client.sendChat(Messages.CHANNEL_GLOBAL, "while registered"));
        after.await("while registered", chat -> "while registered".equals(chat.content()));
        registration.remove();
        Await.result(client.sendChat(Messages.CHANNEL_GLOBAL, "after removal"));
        after.await("after removal", chat -> "after removal".equals(chat.content()));

        assertThat(heard).containsExactly("while registered");
    }

    @Test
    void aHandlerThatThrowsIsReportedToTheErrorHandlersAndTheNextHandlerStillRuns() {
        GameClient client = players.player(Players.VERDANT).client();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        List<IncomingMessage> during = new CopyOnWriteArrayList<>();
        client.registerErrorHandler((error, message) -> {
            errors.add(error);
            during.add(message);
        });
        client.registerHandler(MessageTypes.CHAT, Chat.class, chat -> {
            throw new IllegalStateException("the game broke on " + chat.content());
        });
        Inbox<Chat> next = Inbox.of(client, MessageTypes.CHAT, Chat.class);

        Await.result(client.sendChat(Messages.CHANNEL_GLOBAL, "boom"));

        next.await("after the failing handler", chat -> "boom".equals(chat.content()));
        assertThat(errors).singleElement().isInstanceOf(IllegalStateException.class)
                .extracting(Throwable::getMessage).isEqualTo("the game broke on boom");
        assertThat(during).singleElement().extracting(IncomingMessage::type).isEqualTo(MessageTypes.CHAT);
    }

    @Test
    void aServerErrorThatAnswersNoRequestGoesToTheErrorHandlers() {
        GameClient client = players.player(Players.UMBRAL).client();
        CompletableFuture<MasterServerException> reported = new CompletableFuture<>();
        client.registerErrorHandler((error, message) -> {
            if (message != null && message.isError()) {
                reported.complete((MasterServerException) error);
            }
        });

        Await.result(client.post(MessageTypes.CHAT, Messages.chat(Messages.CHANNEL_GLOBAL, "   ")));

        assertThat(Await.result(reported.orTimeout(10, TimeUnit.SECONDS)).errorCode()).isEqualTo(ErrorCode.INVALID_MESSAGE);
    }

    @Test
    void aGamesOwnMessageTypeThatTheServerDoesNotKnowFailsWithUnknownMessageType() {
        MessageTypes types = MessageTypes.standard();
        types.register(EMOTE, JsonObject.class, Priority.NORMAL);
        GameClient client = players.player(Players.CRIMSON, Players.config().toBuilder().messageTypes(types).build()).client();

        MasterServerException refused = Refusals.refusalOf(client.send(EMOTE, emote("waves")));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.UNKNOWN_MESSAGE_TYPE);
        assertThat(refused.rawErrorCode()).isEqualTo("UNKNOWN_MESSAGE_TYPE");
        Await.result(client.sendChat(Messages.CHANNEL_GLOBAL, "the socket survived the refusal"));
    }

    @Test
    void aTypeTheClientNeverRegisteredFailsBeforeAnythingIsSent() {
        GameClient client = players.player(Players.AZURE).client();

        assertThatThrownBy(() -> Await.result(client.send(EMOTE, emote("bows"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(EMOTE);
    }

    @Test
    void handlersRunOnTheGamesOwnExecutorWhenOneIsConfigured() {
        ExecutorService gameLoop = Executors.newSingleThreadExecutor(task -> new Thread(task, "game-loop"));
        try {
            GameClient client = players.player(Players.VERDANT,
                    Players.config().toBuilder().handlerExecutor(gameLoop).build()).client();
            CompletableFuture<String> handlerThread = new CompletableFuture<>();
            client.registerHandler(MessageTypes.CHAT, message -> handlerThread.complete(Thread.currentThread().getName()));

            Await.result(client.sendChat(Messages.CHANNEL_GLOBAL, "from the game loop"));

            assertThat(Await.result(handlerThread.orTimeout(10, TimeUnit.SECONDS))).isEqualTo("game-loop");
        } finally {
            players.close();
            gameLoop.shutdownNow();
        }
    }

    private static MessageHandler whenChat(MessageHandler handler) {
        return message -> {
            if (MessageTypes.CHAT.equals(message.type())) {
                handler.handle(message);
            }
        };
    }

    private static JsonObject emote(String gesture) {
        return Json.createObjectBuilder().add("gesture", gesture).build();
    }

    private static String content(IncomingMessage message) {
        return message.payload(Chat.class).content();
    }
}
