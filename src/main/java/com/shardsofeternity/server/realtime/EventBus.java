package com.shardsofeternity.server.realtime;

/**
 * The one way a message reaches sockets. The single-node implementation delivers in-process; the
 * cluster implementation carries the message to every node, which then delivers to the sockets it holds.
 */
public interface EventBus {

    void publish(Audience audience, ServerMessage message);
}
