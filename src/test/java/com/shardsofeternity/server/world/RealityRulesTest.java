package com.shardsofeternity.server.world;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RealityRulesTest {

    private static final long NOW = 10_000_000;

    @Test
    void seventyAndAboveIsPrimeReality() {
        assertThat(RealityRules.realityFor(100)).isEqualTo("Prime Reality");
        assertThat(RealityRules.realityFor(70)).isEqualTo("Prime Reality");
        assertThat(RealityRules.realityFor(69.99)).isEqualTo("Fractured Reality");
    }

    @Test
    void fortyUpToSeventyIsFracturedReality() {
        assertThat(RealityRules.realityFor(40)).isEqualTo("Fractured Reality");
        assertThat(RealityRules.realityFor(39.99)).isEqualTo("Shadow Reality");
    }

    @Test
    void fifteenUpToFortyIsShadowRealityAndBelowIsVoid() {
        assertThat(RealityRules.realityFor(15)).isEqualTo("Shadow Reality");
        assertThat(RealityRules.realityFor(14.99)).isEqualTo("Void Reality");
        assertThat(RealityRules.realityFor(0)).isEqualTo("Void Reality");
    }

    @Test
    void aCaptureCostsTenStability() {
        assertThat(RealityRules.afterCapture(100)).isEqualTo(90);
        assertThat(RealityRules.afterCapture(47.5)).isEqualTo(37.5);
    }

    @Test
    void aCaptureNeverTakesStabilityBelowZero() {
        assertThat(RealityRules.afterCapture(4)).isZero();
        assertThat(RealityRules.afterCapture(0)).isZero();
    }

    @Test
    void sevenCapturesFromFullStabilityWalkThroughEveryBand() {
        double stability = 100;
        StringBuilder realities = new StringBuilder(RealityRules.realityFor(stability));
        for (int i = 0; i < 9; i++) {
            stability = RealityRules.afterCapture(stability);
            String reality = RealityRules.realityFor(stability);
            if (!realities.toString().endsWith(reality)) {
                realities.append(" > ").append(reality);
            }
        }
        assertThat(stability).isEqualTo(10);
        assertThat(realities.toString())
                .isEqualTo("Prime Reality > Fractured Reality > Shadow Reality > Void Reality");
    }

    @Test
    void aTickRestoresTwoWhenNothingWasEverCaptured() {
        assertThat(RealityRules.afterTick(50, null, NOW)).isEqualTo(52);
    }

    @Test
    void aTickWithinTwoMinutesOfTheLastCaptureRestoresNothing() {
        assertThat(RealityRules.afterTick(50, NOW, NOW)).isEqualTo(50);
        assertThat(RealityRules.afterTick(50, NOW - 119_999, NOW)).isEqualTo(50);
    }

    @Test
    void aTickTwoMinutesOrMoreAfterTheLastCaptureRestoresTwo() {
        assertThat(RealityRules.afterTick(50, NOW - 120_000, NOW)).isEqualTo(52);
        assertThat(RealityRules.afterTick(50, NOW - 3_600_000, NOW)).isEqualTo(52);
    }

    @Test
    void recoveryStopsAtOneHundred() {
        assertThat(RealityRules.afterTick(99, null, NOW)).isEqualTo(100);
        assertThat(RealityRules.afterTick(100, null, NOW)).isEqualTo(100);
    }

    @Test
    void recoveryBringsAnOutOfRangeValueBackIntoRange() {
        assertThat(RealityRules.afterTick(150, null, NOW)).isEqualTo(100);
        assertThat(RealityRules.afterTick(-10, null, NOW)).isZero();
    }

    @Test
    void theShiftReasonTellsLossFromRecovery() {
        assertThat(RealityRules.shiftReason(70, 60)).isNotEqualTo(RealityRules.shiftReason(68, 70));
        assertThat(RealityRules.shiftReason(70, 60)).contains("shards changing hands");
        assertThat(RealityRules.shiftReason(68, 70)).contains("steadies");
    }
}
