package com.shardsofeternity.client.presence;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.dispatch.HandlerRegistry;
import com.shardsofeternity.client.dispatch.MessageDispatcher;
import com.shardsofeternity.client.dispatch.SerialExecutor;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import org.junit.jupiter.api.Test;

class PresenceUpdaterTest {

    private final MessageCodec codec = new MessageCodec(MessageTypes.standard());
    private final HandlerRegistry handlers = new HandlerRegistry();
    private final PresenceCache cache = new PresenceCache();
    private final LocalPlayer self = new LocalPlayer();
    private final MessageDispatcher dispatcher = new MessageDispatcher(codec, handlers, new SerialExecutor(Runnable::run));

    PresenceUpdaterTest() {
        new PresenceUpdater(cache, self, () -> 123L).attachTo(handlers);
        self.characterId(10L);
    }

    private static String player(long id, String name, long location) {
        return "{\"character_id\":" + id + ",\"character_name\":\"" + name + "\",\"level\":2,\"faction\":\"Order\","
                + "\"location_id\":" + location + ",\"position\":{\"x\":0,\"y\":0,\"z\":0},\"last_seen\":1}";
    }

    @Test
    void theServersPresenceMessagesKeepTheCacheCurrent() {
        dispatcher.dispatchFrame("{\"seq\":1,\"type\":\"nearby_players\",\"location_id\":3,\"players\":["
                + player(10, "Me", 3) + "," + player(11, "Bram", 3) + "]}", false);
        dispatcher.dispatchFrame("{\"seq\":2,\"type\":\"player_entered\",\"location_id\":3,\"player\":" + player(12, "Cato", 3) + "}", false);
        dispatcher.dispatchFrame("{\"seq\":3,\"type\":\"player_left\",\"location_id\":3,\"player\":" + player(11, "Bram", 3) + "}", false);
        dispatcher.dispatchFrame("{\"seq\":4,\"type\":\"location_update\",\"timestamp\":999,\"character_id\":12,"
                + "\"character_name\":\"Cato\",\"location_id\":3,\"position\":{\"x\":1,\"y\":2,\"z\":3},"
                + "\"velocity\":{\"x\":0,\"y\":0,\"z\":0}}", false);
        dispatcher.dispatchFrame("{\"seq\":5,\"type\":\"character_update\",\"character_id\":12,\"character_name\":\"Cato\","
                + "\"health\":5,\"max_health\":10,\"location_id\":3,\"level\":7}", false);

        assertThat(self.locationId()).contains(3L);
        assertThat(cache.playersAt(3)).extracting(NearbyPlayer::characterId).containsExactly(10L, 12L);
        NearbyPlayer cato = cache.find(12).orElseThrow();
        assertThat(cato.lastSeen()).isEqualTo(999);
        assertThat(cato.position().x()).isEqualTo(1.0);
        assertThat(cato.level()).isEqualTo(7);
    }

    @Test
    void nearbyPlayersForANewLocationDropsTheOldOnesWhichTheServerNoLongerReports() {
        dispatcher.dispatchFrame("{\"seq\":1,\"type\":\"nearby_players\",\"location_id\":3,\"players\":[" + player(11, "Bram", 3) + "]}", false);
        dispatcher.dispatchFrame("{\"seq\":2,\"type\":\"nearby_players\",\"location_id\":4,\"players\":[" + player(20, "Dara", 4) + "]}", false);

        assertThat(cache.locations()).containsExactly(4L);
        assertThat(self.locationId()).contains(4L);
    }

    @Test
    void ownCharacterUpdateMovesTheLocalPlayer() {
        dispatcher.dispatchFrame("{\"seq\":1,\"type\":\"character_update\",\"character_id\":10,\"location_id\":8,\"level\":2}", false);
        assertThat(self.locationId()).contains(8L);
    }

    @Test
    void locationUpdateWithoutTimestampUsesTheClock() {
        dispatcher.dispatchFrame("{\"seq\":1,\"type\":\"location_update\",\"character_id\":12,\"location_id\":3,"
                + "\"position\":{\"x\":1,\"y\":2,\"z\":3}}", false);
        assertThat(cache.find(12).orElseThrow().lastSeen()).isEqualTo(123);
    }

    @Test
    void peersCannotChangePresence() {
        dispatcher.dispatchFrame("{\"type\":\"player_entered\",\"location_id\":3,\"player\":" + player(66, "Liar", 3) + "}", true);
        dispatcher.dispatchFrame("{\"type\":\"nearby_players\",\"location_id\":3,\"players\":[]}", true);
        assertThat(cache.locations()).isEmpty();
        assertThat(self.locationId()).isEmpty();
    }
}
