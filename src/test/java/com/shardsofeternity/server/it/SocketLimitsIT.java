package com.shardsofeternity.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The size limit of a client message: 65,536 bytes, whole or assembled from fragments. */
@ExtendWith(ServerReady.class)
class SocketLimitsIT {

    private static final int LIMIT = 65_536;
    private static final String FACTION = "Crimson Covenant";

    @Test
    void aMessageOfExactly65536BytesIsAccepted() {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            String message = chatOfBytes(LIMIT, 'a');
            assertThat(message.getBytes(StandardCharsets.UTF_8)).hasSize(LIMIT);

            socket.send(message);

            assertThat(socket.awaitReply("big").getString("error_code")).isEqualTo("INVALID_MESSAGE");
            assertThat(socket.isOpen()).isTrue();
        }
    }

    @Test
    void aLargerMessageClosesTheConnectionWith1009() {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            sendWhileTheServerMayClose(socket, chatOfBytes(LIMIT + 1, 'a'));

            assertThat(socket.awaitClose()).isEqualTo(1009);
        }
    }

    @Test
    void aLargerMessageAssembledFromFragmentsClosesTheConnectionWith1009() {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            String message = chatOfBytes(3 * 30_000, 'a');
            socket.sendPart(message.substring(0, 30_000), false);
            socket.sendPart(message.substring(30_000, 60_000), false);
            try {
                socket.sendPart(message.substring(60_000), true);
            } catch (RuntimeException closedWhileSending) {
                // the server may close before the last fragment is written
            }

            assertThat(socket.awaitClose()).isEqualTo(1009);
        }
    }

    @Test
    void fragmentsAddingUpToTheLimitAreAssembledIntoOneMessage() {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            String content = "in three parts " + System.nanoTime();
            String message = RawSocket.message("chat", "parts", "channel", "global", "content", content);
            int third = message.length() / 3;
            socket.sendPart(message.substring(0, third), false);
            socket.sendPart(message.substring(third, 2 * third), false);
            socket.sendPart(message.substring(2 * third), true);

            assertThat(socket.awaitReply("parts").getString("type")).isEqualTo("ack");
            socket.awaitChat(content);
        }
    }

    @Test
    void theLimitCountsBytesNotCharacters() {
        Api.Player player = Api.newPlayer(FACTION);
        try (RawSocket socket = RawSocket.online(player)) {
            String message = chatOfBytes(LIMIT + 3, '\u20AC');
            assertThat(message.length()).isLessThan(LIMIT);

            sendWhileTheServerMayClose(socket, message);

            assertThat(socket.awaitClose()).isEqualTo(1009);
        }
    }

    /** Sends a message the server refuses as soon as it sees its size, possibly before it is all written. */
    private static void sendWhileTheServerMayClose(RawSocket socket, String message) {
        try {
            socket.send(message);
        } catch (RuntimeException closedWhileSending) {
            // the close code is what the test checks
        }
    }

    /** A chat message with id {@code big} padded with {@code filler} to exactly {@code bytes} UTF-8 bytes. */
    private static String chatOfBytes(int bytes, char filler) {
        String head = "{\"type\":\"chat\",\"id\":\"big\",\"channel\":\"global\",\"content\":\"";
        String tail = "\"}";
        int fillerBytes = String.valueOf(filler).getBytes(StandardCharsets.UTF_8).length;
        int room = bytes - head.length() - tail.length();
        String padding = String.valueOf(filler).repeat(room / fillerBytes) + "b".repeat(room % fillerBytes);
        return head + padding + tail;
    }
}
