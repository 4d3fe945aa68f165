package com.shardsofeternity.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.Priority;
import com.shardsofeternity.protocol.ProtocolException;
import com.shardsofeternity.protocol.message.Chat;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.auth.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageRouterTest {

    /** A message type the protocol does not have: what a game built on the server would add. */
    public record Emote(String gesture, Long targetId) {
    }

    private record Handled(HandlerContext context, String type, Object payload) {
    }

    private static final class Recorder implements MessageHandler {
        private final Set<String> types;
        private final List<Handled> handled = new ArrayList<>();

        Recorder(String... types) {
            this.types = Set.of(types);
        }

        @Override
        public Set<String> types() {
            return types;
        }

        @Override
        public void handle(HandlerContext context, String type, Object payload) {
            handled.add(new Handled(context, type, payload));
        }
    }

    private final MessageTypes types = MessageTypes.standard();
    private final MessageCodec codec = new MessageCodec(types);
    private final MessageRouter router = new MessageRouter();
    private final PlayerSession session = new PlayerSession(
            new SessionState("session-1", "digest", 7, "tester", false, 0, Long.MAX_VALUE, null, 0),
            16, 60_000, null, ReplayMirror.NONE, 0);

    MessageRouterTest() {
        router.codec = codec;
        types.register("emote", Emote.class, Priority.NORMAL);
        session.playAs(42L, "Azure Order");
    }

    @Test
    void aCustomMessageTypeReachesItsHandlerWithTheBoundPayload() throws Exception {
        Recorder emotes = new Recorder("emote");
        router.register(emotes);

        router.route(session, null, codec.decode("{\"type\":\"emote\",\"id\":\"e1\",\"gesture\":\"wave\",\"target_id\":9,\"extra\":true}"));

        assertThat(emotes.handled).hasSize(1);
        Handled handled = emotes.handled.get(0);
        assertThat(handled.type()).isEqualTo("emote");
        assertThat(handled.payload()).isEqualTo(new Emote("wave", 9L));
        assertThat(handled.context().characterId()).isEqualTo(42);
        assertThat(handled.context().session()).isSameAs(session);
        assertThat(handled.context().sessionId()).isEqualTo("session-1");
    }

    @Test
    void eachTypeGoesToTheHandlerThatTakesIt() throws Exception {
        Recorder chat = new Recorder(MessageTypes.CHAT, MessageTypes.WHISPER);
        Recorder emotes = new Recorder("emote");
        router.register(chat);
        router.register(emotes);

        router.route(session, null, codec.decode("{\"type\":\"chat\",\"channel\":\"global\",\"content\":\"hi\"}"));

        assertThat(chat.handled).extracting(Handled::payload).containsExactly(Chat.send("global", "hi"));
        assertThat(emotes.handled).isEmpty();
        assertThat(router.handles("chat")).isTrue();
        assertThat(router.handles("whisper")).isTrue();
        assertThat(router.handles("emote")).isTrue();
        assertThat(router.handles("move")).isFalse();
    }

    @Test
    void aLaterHandlerForATypeReplacesTheEarlierOne() throws Exception {
        Recorder first = new Recorder("emote");
        Recorder second = new Recorder("emote");
        router.register(first);
        router.register(second);

        router.route(session, null, codec.decode("{\"type\":\"emote\",\"gesture\":\"bow\"}"));

        assertThat(first.handled).isEmpty();
        assertThat(second.handled).hasSize(1);
    }

    @Test
    void anUnregisteredTypeIsUnknownMessageTypeAnsweringTheId() throws Exception {
        router.register(new Recorder("emote"));

        assertThatThrownBy(() -> router.route(session, null, codec.decode("{\"type\":\"dance\",\"id\":\"d1\"}")))
                .isInstanceOfSatisfying(ProtocolException.class, refused -> {
                    assertThat(refused.errorCode()).isEqualTo(ErrorCode.UNKNOWN_MESSAGE_TYPE);
                    assertThat(refused.replyTo()).isEqualTo("d1");
                });
    }

    @Test
    void aRegisteredTypeWithoutAHandlerIsUnknownMessageType() throws Exception {
        router.register(new Recorder("emote"));

        assertThatThrownBy(() -> router.route(session, null, codec.decode("{\"type\":\"ack\",\"id\":\"a1\",\"reply_to\":\"x\"}")))
                .isInstanceOfSatisfying(ProtocolException.class,
                        refused -> assertThat(refused.errorCode()).isEqualTo(ErrorCode.UNKNOWN_MESSAGE_TYPE));
    }

    @Test
    void withoutASelectedCharacterNothingIsHandled() throws Exception {
        Recorder emotes = new Recorder("emote");
        router.register(emotes);
        session.playAs(null, null);

        assertThatThrownBy(() -> router.route(session, null, codec.decode("{\"type\":\"emote\",\"gesture\":\"wave\"}")))
                .isInstanceOfSatisfying(GameException.class,
                        refused -> assertThat(refused.errorCode()).isEqualTo(ErrorCode.NO_CHARACTER_SELECTED));
        assertThat(emotes.handled).isEmpty();
    }

    @Test
    void aPayloadOfTheWrongShapeIsInvalidMessageAnsweringTheId() throws Exception {
        Recorder emotes = new Recorder("emote");
        router.register(emotes);

        assertThatThrownBy(() -> router.route(session, null,
                codec.decode("{\"type\":\"emote\",\"id\":\"e2\",\"gesture\":\"wave\",\"target_id\":{\"nested\":1}}")))
                .isInstanceOfSatisfying(ProtocolException.class, refused -> {
                    assertThat(refused.errorCode()).isEqualTo(ErrorCode.INVALID_MESSAGE);
                    assertThat(refused.replyTo()).isEqualTo("e2");
                });
        assertThat(emotes.handled).isEmpty();
    }

    @Test
    void aHandlersRefusalReachesTheCaller() throws Exception {
        router.register(new MessageHandler() {
            @Override
            public Set<String> types() {
                return Set.of("emote");
            }

            @Override
            public void handle(HandlerContext context, String type, Object payload) {
                throw GameException.forbidden("no emotes here");
            }
        });

        assertThatThrownBy(() -> router.route(session, null, codec.decode("{\"type\":\"emote\",\"gesture\":\"wave\"}")))
                .isInstanceOfSatisfying(GameException.class,
                        refused -> assertThat(refused.errorCode()).isEqualTo(ErrorCode.FORBIDDEN));
    }
}
