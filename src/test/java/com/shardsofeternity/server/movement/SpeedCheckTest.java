package com.shardsofeternity.server.movement;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.protocol.model.Position;
import org.junit.jupiter.api.Test;

class SpeedCheckTest {

    private final SpeedCheck check = new SpeedCheck(10, 0.25);

    @Test
    void aStepUpToMaxSpeedPlus25PercentIsAllowed() {
        assertThat(check.allows(Position.ORIGIN, at(12.5, 0, 0), 1_000)).isTrue();
        assertThat(check.allows(Position.ORIGIN, at(10, 0, 0), 1_000)).isTrue();
        assertThat(check.allows(Position.ORIGIN, at(0, -6.25, 0), 500)).isTrue();
    }

    @Test
    void aStepJustBeyondTheToleranceIsRefused() {
        assertThat(check.allows(Position.ORIGIN, at(12.501, 0, 0), 1_000)).isFalse();
        assertThat(check.allows(Position.ORIGIN, at(0, 0, 6.26), 500)).isFalse();
    }

    @Test
    void theDistanceIsMeasuredInThreeDimensions() {
        assertThat(check.allows(Position.ORIGIN, at(3, 4, 12), 1_040)).isTrue();
        assertThat(check.allows(Position.ORIGIN, at(3, 4, 12), 1_039)).isFalse();
        assertThat(check.allows(Position.ORIGIN, at(7.5, 10, 0), 1_000)).isTrue();
        assertThat(check.allows(Position.ORIGIN, at(7.5, 10, 0.5), 1_000)).isFalse();
    }

    @Test
    void theStepIsMeasuredFromWhereTheCharacterWas() {
        Position from = at(100, -50, 20);

        assertThat(check.allows(from, at(100, -50, 32.5), 1_000)).isTrue();
        assertThat(check.allows(from, at(100, -50, 32.6), 1_000)).isFalse();
    }

    @Test
    void withoutTimeOnlyStandingStillIsAllowed() {
        assertThat(check.allows(at(1, 2, 3), at(1, 2, 3), 0)).isTrue();
        assertThat(check.allows(at(1, 2, 3), at(1, 2, 3.001), 0)).isFalse();
        assertThat(check.allows(at(1, 2, 3), at(1, 2, 3.001), -5_000)).isFalse();
    }

    @Test
    void maxSpeedAndToleranceAreSettings() {
        SpeedCheck strict = new SpeedCheck(4, 0);

        assertThat(strict.allows(Position.ORIGIN, at(4, 0, 0), 1_000)).isTrue();
        assertThat(strict.allows(Position.ORIGIN, at(4.01, 0, 0), 1_000)).isFalse();
    }

    private static Position at(double x, double y, double z) {
        return new Position(x, y, z);
    }
}
