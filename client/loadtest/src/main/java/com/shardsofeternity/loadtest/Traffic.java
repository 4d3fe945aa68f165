package com.shardsofeternity.loadtest;

import java.util.List;

/**
 * A socket workload's messages: what each sender sends, what receivers look for in their frames, and
 * how many deliveries each sent message should make.
 */
interface Traffic {

    String name();

    /** Everyone connected, in slot order (a player's slot is its index in this list). */
    List<Player> players();

    /** Slots of the players that send. */
    int[] senderSlots();

    /** The next message of the sender in {@code slot}, recorded as sent in {@code phase}. */
    String nextMessage(int slot, int phase, long nowNanos);

    /** Accounts for the measurement messages in a frame received by the player in {@code slot}. */
    void received(int slot, String frame, long receivedNanos);

    PhaseStats phase(int phase);

    /** The accounting of a phase; final once every sender stopped and late messages had time to arrive. */
    Delivery delivery(int phase);

    /** Deliveries of any phase received so far, for rates over wall-clock windows. */
    long arrivals();

    /** Deliveries each message of a sender makes, averaged over the senders. */
    double fanOut();
}
