package com.shardsofeternity.server.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.server.GameException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShardCaptureTest {

    private static final long COOLDOWN = 60_000;
    private static final long NEXUS = 1;
    private static final long FOREST = 2;
    private static final String CRIMSON = "Crimson Covenant";
    private static final String AZURE = "Azure Order";

    private final InMemoryWorld world = new InMemoryWorld();
    private final WorldStore store = new WorldStore();

    ShardCaptureTest() {
        store.world = world;
        world.shards.put(10L, new Shard(10, "Heart Shard", NEXUS));
        world.shards.put(11L, new Shard(11, "Leaf Shard", FOREST));
        world.state = new WorldStateRecord(RealityRules.PRIME, 100, 0);
    }

    @Test
    void aCaptureTakesTheShardForTheFactionAndCostsTenStability() {
        WorldChange change = store.capture(10, 5, "Aria", CRIMSON, NEXUS, COOLDOWN, 1_000);

        Shard shard = world.shards.get(10L);
        assertThat(shard.owningFaction()).isEqualTo(CRIMSON);
        assertThat(shard.capturedByCharacterId()).isEqualTo(5L);
        assertThat(shard.capturedAt()).isEqualTo(1_000L);
        assertThat(world.state.stability()).isEqualTo(90);
        assertThat(change.previousStability()).isEqualTo(100);
        assertThat(change.newStability()).isEqualTo(90);
        assertThat(change.realityShifted()).isFalse();
    }

    @Test
    void aCaptureThatCrossesABandShiftsTheReality() {
        world.state = new WorldStateRecord(RealityRules.PRIME, 75, 0);

        WorldChange change = store.capture(10, 5, "Aria", CRIMSON, NEXUS, COOLDOWN, 1_000);

        assertThat(change.realityShifted()).isTrue();
        assertThat(change.previousReality()).isEqualTo(RealityRules.PRIME);
        assertThat(change.newReality()).isEqualTo(RealityRules.FRACTURED);
        assertThat(world.state.currentReality()).isEqualTo(RealityRules.FRACTURED);
    }

    @Test
    void anUnknownShardIsNotFound() {
        assertRefused(ErrorCode.NOT_FOUND, () -> store.capture(99, 5, "Aria", CRIMSON, NEXUS, COOLDOWN, 1_000));
    }

    @Test
    void aShardCanOnlyBeCapturedFromItsLocation() {
        assertRefused(ErrorCode.FORBIDDEN, () -> store.capture(11, 5, "Aria", CRIMSON, NEXUS, COOLDOWN, 1_000));
        assertThat(world.shards.get(11L).owningFaction()).isNull();
        assertThat(world.state.stability()).isEqualTo(100);
    }

    @Test
    void theOwningFactionCannotCaptureItsOwnShardEvenAfterTheCooldown() {
        store.capture(10, 5, "Aria", CRIMSON, NEXUS, COOLDOWN, 1_000);

        assertRefused(ErrorCode.FORBIDDEN, () -> store.capture(10, 6, "Cole", CRIMSON, NEXUS, COOLDOWN, 1_000_000));
        assertThat(world.state.stability()).isEqualTo(90);
    }

    @Test
    void anotherFactionMustWaitOutTheCooldownSinceTheLastCapture() {
        store.capture(10, 5, "Aria", CRIMSON, NEXUS, COOLDOWN, 1_000);

        assertThatThrownBy(() -> store.capture(10, 7, "Brann", AZURE, NEXUS, COOLDOWN, 1_000 + COOLDOWN - 1))
                .isInstanceOfSatisfying(GameException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(e.retryAfterSeconds()).isEqualTo(1);
                });
        store.capture(10, 7, "Brann", AZURE, NEXUS, COOLDOWN, 1_000 + COOLDOWN);

        assertThat(world.shards.get(10L).owningFaction()).isEqualTo(AZURE);
        assertThat(world.state.stability()).isEqualTo(80);
    }

    @Test
    void theWrongLocationIsReportedBeforeTheCooldown() {
        store.capture(11, 5, "Aria", CRIMSON, FOREST, COOLDOWN, 1_000);

        assertRefused(ErrorCode.FORBIDDEN, () -> store.capture(11, 7, "Brann", AZURE, NEXUS, COOLDOWN, 1_001));
    }

    @Test
    void theOwnFactionIsReportedBeforeTheCooldown() {
        store.capture(10, 5, "Aria", CRIMSON, NEXUS, COOLDOWN, 1_000);

        assertRefused(ErrorCode.FORBIDDEN, () -> store.capture(10, 6, "Cole", CRIMSON, NEXUS, COOLDOWN, 1_001));
    }

    @Test
    void aTickRestoresStabilityOnlyTwoMinutesAfterTheLatestCapture() {
        store.capture(10, 5, "Aria", CRIMSON, NEXUS, COOLDOWN, 1_000);
        store.capture(11, 5, "Aria", CRIMSON, FOREST, COOLDOWN, 50_000);

        WorldChange quiet = store.tick(1_000 + RealityRules.QUIET_MILLIS);
        assertThat(quiet.stabilityChanged()).isFalse();
        assertThat(world.state.stability()).isEqualTo(80);

        WorldChange recovering = store.tick(50_000 + RealityRules.QUIET_MILLIS);
        assertThat(recovering.stabilityChanged()).isTrue();
        assertThat(world.state.stability()).isEqualTo(82);
    }

    @Test
    void aTickThatCrossesABandShiftsTheRealityBack() {
        world.state = new WorldStateRecord(RealityRules.FRACTURED, 69, 0);

        WorldChange change = store.tick(1_000);

        assertThat(change.realityShifted()).isTrue();
        assertThat(change.newReality()).isEqualTo(RealityRules.PRIME);
        assertThat(world.state.stability()).isEqualTo(71);
    }

    private static void assertRefused(ErrorCode code, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GameException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
    }

    private static final class InMemoryWorld extends WorldRepository {
        final Map<Long, Shard> shards = new LinkedHashMap<>();
        WorldStateRecord state;

        @Override
        public List<Shard> shards() {
            return List.copyOf(shards.values());
        }

        @Override
        public Optional<Shard> shardForUpdate(long id) {
            return Optional.ofNullable(shards.get(id));
        }

        @Override
        public Optional<WorldStateRecord> worldStateForUpdate() {
            return Optional.ofNullable(state);
        }
    }
}
