package com.shardsofeternity.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The slow clocks of the gateway at their default settings: a quiet socket is pinged after one
 * heartbeat interval (15 s) and closed as idle (1001) after three; a dropped session stays online for
 * the resume window (60 s) and then leaves its location. Each test waits that long on purpose.
 */
@ExtendWith(ServerReady.class)
class HeartbeatAndResumeWindowIT {

    @Test
    void aSilentSocketIsPingedWithASeqThenClosedAsIdle() {
        Api.Player player = Api.newPlayer("Azure Order");
        RawSocket socket = RawSocket.online(player);
        long before = socket.lastSeq();

        JsonObject ping = socket.await("ping", Duration.ofSeconds(25));
        assertThat(ping.getJsonNumber("seq").longValue()).isGreaterThan(before);
        assertThat(ping).containsKey("nonce");

        assertThat(socket.awaitClose(Duration.ofSeconds(45))).isEqualTo(1001);
    }

    @Test
    void aDroppedSessionStaysOnlineForTheResumeWindowThenLeavesItsLocation() throws Exception {
        Api.Player leaver = Api.newPlayer("Verdant Circle");
        Api.Player watcher = Api.newPlayer("Verdant Circle");
        try (RawSocket watching = RawSocket.online(watcher)) {
            RawSocket.online(leaver).close();
            Thread.sleep(5_000);
            assertThat(PresenceIT.playersAt(1)).as("still online inside the window").contains(leaver.characterId());

            JsonObject left = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(75).toNanos();
            while (left == null && System.nanoTime() < deadline) {
                // The watcher keeps its own socket alive meanwhile.
                watching.sendMessage("ping", "nonce", 1);
                Thread.sleep(2_000);
                left = watching.history().stream()
                        .filter(message -> "player_left".equals(message.getString("type"))
                                && message.getJsonObject("player").getJsonNumber("character_id").longValue()
                                == leaver.characterId())
                        .findFirst().orElse(null);
            }
            assertThat(left).as("player_left of the dropped character within the resume window and a bit").isNotNull();
            assertThat(left.getJsonNumber("location_id").longValue()).isEqualTo(1);
            assertThat(PresenceIT.playersAt(1)).doesNotContain(leaver.characterId());
        }
    }
}
