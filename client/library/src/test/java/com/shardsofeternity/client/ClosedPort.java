package com.shardsofeternity.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A loopback port with nothing listening, so connections are refused at once. */
public final class ClosedPort {

    private ClosedPort() {
    }

    public static int find() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    public static String url() {
        return "http://127.0.0.1:" + find();
    }
}
