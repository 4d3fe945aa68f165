package com.shardsofeternity.server.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The WebSocket opening handshake and client frames written by hand over a plain TCP socket, for what
 * a WebSocket library hides: the HTTP status of a refused upgrade, and a client that stops reading
 * its socket altogether.
 */
public final class HandwrittenWebSocket implements AutoCloseable {

    /** A frame as the server sent it. */
    public record Frame(int opcode, byte[] payload) {
        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        /** The close code of a close frame, or -1 for none. */
        public int closeCode() {
            return opcode == 0x8 && payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : -1;
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final int status;

    private HandwrittenWebSocket(Socket socket, int status) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.status = status;
    }

    /** The HTTP status the server answers an upgrade request with this {@code Origin} (null: none). */
    public static int status(String origin) {
        try (HandwrittenWebSocket socket = open(origin, 0)) {
            return socket.status;
        }
    }

    /**
     * Opens {@code /ws} and completes the handshake. A positive {@code receiveBufferBytes} shrinks the
     * socket's receive buffer, so that a client that does not read stalls the server's writes sooner.
     */
    public static HandwrittenWebSocket open(String origin, int receiveBufferBytes) {
        URI base = URI.create(Api.baseUrl());
        Socket socket = new Socket();
        try {
            if (receiveBufferBytes > 0) {
                socket.setReceiveBufferSize(receiveBufferBytes);
            }
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(10_000);
            byte[] key = new byte[16];
            ThreadLocalRandom.current().nextBytes(key);
            StringBuilder request = new StringBuilder()
                    .append("GET /ws HTTP/1.1\r\n")
                    .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                    .append("Upgrade: websocket\r\n")
                    .append("Connection: Upgrade\r\n")
                    .append("Sec-WebSocket-Key: ").append(Base64.getEncoder().encodeToString(key)).append("\r\n")
                    .append("Sec-WebSocket-Version: 13\r\n");
            if (origin != null) {
                request.append("Origin: ").append(origin).append("\r\n");
            }
            request.append("\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String head = readHead(socket.getInputStream());
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            return new HandwrittenWebSocket(socket, status);
        } catch (IOException e) {
            closeQuietly(socket);
            throw new UncheckedIOException("handshake with " + base + " failed", e);
        }
    }

    public int status() {
        return status;
    }

    /** Sends one masked text frame, as a client must. */
    public void sendText(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteBuffer frame = ByteBuffer.allocate(payload.length + 14);
        frame.put((byte) 0x81);
        if (payload.length < 126) {
            frame.put((byte) (0x80 | payload.length));
        } else if (payload.length <= 0xFFFF) {
            frame.put((byte) (0x80 | 126)).putShort((short) payload.length);
        } else {
            frame.put((byte) (0x80 | 127)).putLong(payload.length);
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.put(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.put((byte) (payload[i] ^ mask[i % 4]));
        }
        try {
            out.write(frame.array(), 0, frame.position());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the next frame, waiting up to {@code timeout}. */
    public Frame read(Duration timeout) {
        try {
            socket.setSoTimeout((int) timeout.toMillis());
            Frame frame = readFrame();
            if (frame == null) {
                throw new IOException("the server closed the connection");
            }
            return frame;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads frames until the server closes the connection, a close frame arrives, or {@code timeout}
     * passes without any byte.
     */
    public List<Frame> readUntilClosed(Duration timeout) {
        List<Frame> frames = new ArrayList<>();
        try {
            socket.setSoTimeout((int) timeout.toMillis());
            while (true) {
                Frame frame = readFrame();
                if (frame == null) {
                    return frames;
                }
                frames.add(frame);
                if (frame.opcode() == 0x8) {
                    return frames;
                }
            }
        } catch (SocketTimeoutException quiet) {
            return frames;
        } catch (IOException reset) {
            return frames;
        }
    }

    private Frame readFrame() throws IOException {
        int first = in.read();
        if (first < 0) {
            return null;
        }
        int second = in.read();
        if (second < 0) {
            return null;
        }
        long length = second & 0x7F;
        if (length == 126) {
            length = ((in.read() & 0xFF) << 8) | (in.read() & 0xFF);
        } else if (length == 127) {
            length = ByteBuffer.wrap(in.readNBytes(8)).getLong();
        }
        byte[] payload = in.readNBytes((int) length);
        return new Frame(first & 0x0F, payload);
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyClosed) {
            // nothing to release
        }
    }
}
