package com.shardsofeternity.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryAccountingTest {

    private static final long EPOCH = 1_000_000_000L;

    private static Player player(int index, long location) {
        return new Player(index, "lt" + index, "token" + index, 100L + index, location);
    }

    private static String relayed(long characterId, long number, int phase) {
        return "{\"seq\":1,\"type\":\"location_update\",\"priority\":\"low\",\"timestamp\":1,\"character_id\":" + characterId
                + ",\"character_name\":\"x\",\"location_id\":2,\"position\":{\"x\":0.0,\"y\":0.0,\"z\":0.0},"
                + "\"velocity\":{\"x\":" + number + ".0,\"y\":5.0,\"z\":" + phase + ".0}}";
    }

    @Test
    void chatMessageExpectedByEveryClientAndMissingOnesAreLost() {
        ChatTraffic chat = new ChatTraffic(List.of(player(0, 1), player(1, 1), player(2, 1)), 2, 2, EPOCH);
        String first = chat.nextMessage(0, 1, EPOCH + 1_000_000);
        String second = chat.nextMessage(1, 1, EPOCH + 2_000_000);

        for (int receiver = 0; receiver < 3; receiver++) {
            chat.received(receiver, first, EPOCH + 3_000_000);
        }
        chat.received(0, second, EPOCH + 3_000_000);
        chat.received(1, second, EPOCH + 3_000_000);

        Delivery delivery = chat.delivery(1);
        assertThat(delivery.sent()).isEqualTo(2);
        assertThat(delivery.expected()).isEqualTo(6);
        assertThat(delivery.delivered()).isEqualTo(5);
        assertThat(delivery.lost()).isEqualTo(1);
        assertThat(delivery.coalesced()).isZero();
        assertThat(delivery.lossPercent()).isCloseTo(100.0 / 6, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(chat.phase(1).latency().percentile(40)).as("2 of 5 took 1 ms").isBetween(1_000L, 1_010L);
        assertThat(chat.phase(1).latency().max()).as("3 of 5 took 2 ms").isEqualTo(2_000);
    }

    @Test
    void chatDeliveredTwiceCountsOnceAndAsADuplicate() {
        ChatTraffic chat = new ChatTraffic(List.of(player(0, 1)), 1, 2, EPOCH);
        String message = chat.nextMessage(0, 1, EPOCH);

        chat.received(0, message, EPOCH + 10);
        chat.received(0, message, EPOCH + 20);

        assertThat(chat.delivery(1).delivered()).isEqualTo(1);
        assertThat(chat.delivery(1).duplicates()).isEqualTo(1);
        assertThat(chat.delivery(1).lost()).isZero();
    }

    @Test
    void chatPhasesAreAccountedSeparately() {
        ChatTraffic chat = new ChatTraffic(List.of(player(0, 1), player(1, 1)), 1, 2, EPOCH);
        String warmup = chat.nextMessage(0, 0, EPOCH);
        String measured = chat.nextMessage(0, 1, EPOCH);

        chat.received(0, warmup, EPOCH);
        chat.received(0, measured, EPOCH);
        chat.received(1, measured, EPOCH);

        assertThat(chat.delivery(0).lost()).isEqualTo(1);
        assertThat(chat.delivery(1).lost()).isZero();
        assertThat(chat.arrivals()).isEqualTo(3);
    }

    @Test
    void positionUpdatesSkippedBeforeANewerOneAreCoalescedAndMissingNewestOnesAreLost() {
        List<Player> players = List.of(player(0, 2), player(1, 2), player(2, 2), player(3, 3));
        PositionTraffic positions = new PositionTraffic(players, 2, EPOCH);
        for (int i = 0; i < 3; i++) {
            positions.nextMessage(0, 1, EPOCH);
        }

        positions.received(1, relayed(100, 1, 1), EPOCH);
        positions.received(1, relayed(100, 3, 1), EPOCH);
        positions.received(2, relayed(100, 1, 1), EPOCH);

        Delivery delivery = positions.delivery(1);
        assertThat(delivery.sent()).isEqualTo(3);
        assertThat(delivery.expected()).as("3 updates for the 2 others in location 2").isEqualTo(6);
        assertThat(delivery.delivered()).isEqualTo(3);
        assertThat(delivery.lost()).as("receiver 2 never got anything newer than update 1").isEqualTo(2);
        assertThat(delivery.coalesced()).as("receiver 1 got 3 instead of 2").isEqualTo(1);
    }

    @Test
    void positionFanOutCountsOnlyTheOthersInTheSameLocation() {
        List<Player> players = List.of(player(0, 2), player(1, 2), player(2, 2), player(3, 3));

        assertThat(new PositionTraffic(players, 1, EPOCH).fanOut()).isEqualTo((3 * 2 + 0) / 4.0);
    }

    @Test
    void positionPhaseCountsOnlyTheUpdatesSentInIt() {
        List<Player> players = List.of(player(0, 2), player(1, 2));
        PositionTraffic positions = new PositionTraffic(players, 2, EPOCH);
        positions.nextMessage(0, 0, EPOCH);
        positions.nextMessage(0, 0, EPOCH);
        positions.nextMessage(0, 1, EPOCH);

        positions.received(1, relayed(100, 2, 0), EPOCH);
        positions.received(1, relayed(100, 3, 1), EPOCH);

        Delivery measured = positions.delivery(1);
        assertThat(measured.expected()).isEqualTo(1);
        assertThat(measured.delivered()).isEqualTo(1);
        assertThat(measured.lost()).isZero();
        assertThat(measured.coalesced()).isZero();
    }
}
