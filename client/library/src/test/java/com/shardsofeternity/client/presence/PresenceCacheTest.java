package com.shardsofeternity.client.presence;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.protocol.message.CharacterUpdate;
import com.shardsofeternity.protocol.message.LocationUpdate;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import com.shardsofeternity.protocol.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresenceCacheTest {

    private final PresenceCache cache = new PresenceCache();

    private static NearbyPlayer player(long id, String name, long location) {
        return new NearbyPlayer(id, name, 3, "Order", location, Position.ORIGIN, 100L);
    }

    @Test
    void nearbyPlayersReplaceTheWholeSetOfALocationAndLeaveOthersAlone() {
        cache.replaceLocation(1, List.of(player(10, "Aria", 1), player(11, "Bram", 1)));
        cache.replaceLocation(2, List.of(player(20, "Cato", 2)));

        cache.replaceLocation(1, List.of(player(12, "Dara", 1)));

        assertThat(cache.playersAt(1)).extracting(NearbyPlayer::characterName).containsExactly("Dara");
        assertThat(cache.playersAt(2)).extracting(NearbyPlayer::characterName).containsExactly("Cato");
        assertThat(cache.find(10)).isEmpty();
    }

    @Test
    void aPlayerListedForANewLocationLeavesTheOldOne() {
        cache.replaceLocation(1, List.of(player(10, "Aria", 1)));
        cache.replaceLocation(2, List.of(player(10, "Aria", 2)));
        assertThat(cache.playersAt(1)).isEmpty();
        assertThat(cache.find(10)).hasValueSatisfying(p -> assertThat(p.locationId()).isEqualTo(2));
    }

    @Test
    void enteringAndLeavingMoveOnePlayer() {
        cache.replaceLocation(1, List.of(player(10, "Aria", 1)));

        cache.entered(1, player(11, "Bram", 1));
        assertThat(cache.playersAt(1)).extracting(NearbyPlayer::characterId).containsExactly(10L, 11L);

        cache.left(1, 10);
        assertThat(cache.playersAt(1)).extracting(NearbyPlayer::characterId).containsExactly(11L);
        assertThat(cache.find(10)).isEmpty();
    }

    @Test
    void aLateLeftDoesNotUndoANewerEnteredElsewhere() {
        cache.entered(1, player(10, "Aria", 1));
        cache.entered(2, player(10, "Aria", 2));
        cache.left(1, 10);
        assertThat(cache.playersAt(2)).extracting(NearbyPlayer::characterId).containsExactly(10L);
        assertThat(cache.locations()).containsExactly(2L);
    }

    @Test
    void enteredTrustsTheMessagesLocationOverThePlayersOwnField() {
        cache.entered(5, player(10, "Aria", 99));
        assertThat(cache.playersAt(5)).singleElement().satisfies(p -> assertThat(p.locationId()).isEqualTo(5));
    }

    @Test
    void locationUpdateMovesThePositionAndStampsLastSeen() {
        cache.entered(1, player(10, "Aria", 1));
        Position there = new Position(4.0, 0.0, 2.5);

        cache.moved(new LocationUpdate(10L, "Aria", 1L, there, Position.ORIGIN), 5_000);

        NearbyPlayer moved = cache.find(10).orElseThrow();
        assertThat(moved.position()).isEqualTo(there);
        assertThat(moved.lastSeen()).isEqualTo(5_000);
        assertThat(moved.level()).isEqualTo(3);
        assertThat(moved.faction()).isEqualTo("Order");
    }

    @Test
    void locationUpdateOfAnUnknownPlayerAddsThem() {
        cache.moved(new LocationUpdate(30L, "Esme", 4L, Position.ORIGIN, Position.ORIGIN), 7);
        assertThat(cache.playersAt(4)).singleElement().satisfies(p -> {
            assertThat(p.characterName()).isEqualTo("Esme");
            assertThat(p.lastSeen()).isEqualTo(7);
        });
    }

    @Test
    void characterUpdateChangesNameLevelAndLocationOfKnownPlayersOnly() {
        cache.entered(1, player(10, "Aria", 1));

        cache.updated(new CharacterUpdate(10L, "Aria the Bold", 50, 120, 2L, 4));
        cache.updated(new CharacterUpdate(99L, "Stranger", 10, 10, 1L, 9));

        assertThat(cache.playersAt(1)).isEmpty();
        assertThat(cache.playersAt(2)).singleElement().satisfies(p -> {
            assertThat(p.characterName()).isEqualTo("Aria the Bold");
            assertThat(p.level()).isEqualTo(4);
            assertThat(p.position()).isEqualTo(Position.ORIGIN);
        });
        assertThat(cache.find(99)).isEmpty();
    }

    @Test
    void retainOnlyForgetsOtherLocations() {
        cache.replaceLocation(1, List.of(player(10, "Aria", 1)));
        cache.replaceLocation(2, List.of(player(20, "Cato", 2)));
        cache.retainOnly(2);
        assertThat(cache.locations()).containsExactly(2L);
        assertThat(cache.find(10)).isEmpty();
    }

    @Test
    void readsAreImmutableCopies() {
        cache.entered(1, player(10, "Aria", 1));
        List<NearbyPlayer> snapshot = cache.playersAt(1);
        cache.left(1, 10);
        assertThat(snapshot).hasSize(1);
        assertThat(cache.playersAt(1)).isEmpty();
        assertThat(cache.playersAt(42)).isEmpty();
    }
}
