package com.shardsofeternity.server.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP/1.1 written by hand over a socket, for what {@link java.net.http.HttpClient} cannot do: send
 * from a chosen loopback address, and send bodies exactly as given (a declared length, or chunked)
 * while the server may answer before reading them all.
 *
 * <p>The server counts failed logins per client address, and every test talks to it from the same
 * machine. Tests that fail logins on purpose therefore send them from a loopback address of their
 * own ({@link #freshLoopbackAddress}: Linux routes all of 127.0.0.0/8 to the loopback interface), so
 * the address throttle they trip never reaches the tests that log in from 127.0.0.1 or ::1.
 */
public final class RawHttp {

    private static final InetAddress IPV4_LOOPBACK = address(127, 0, 0, 1);
    private static final AtomicInteger NEXT_HOST = new AtomicInteger(1);
    /** The middle octets differ per test run, so a server left running keeps no lock that a new run meets. */
    private static final int RUN_OCTET_2 = ThreadLocalRandom.current().nextInt(1, 255);
    private static final int RUN_OCTET_3 = ThreadLocalRandom.current().nextInt(0, 256);

    private RawHttp() {
    }

    /** A loopback address that no other test of this run sends from. */
    public static InetAddress freshLoopbackAddress() {
        int host = NEXT_HOST.getAndIncrement();
        int octet3 = (RUN_OCTET_3 + host / 254) % 256;
        int octet4 = host % 254 + 1;
        return address(127, RUN_OCTET_2, octet3, octet4);
    }

    private static InetAddress address(int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    public record Response(int status, Map<String, List<String>> headers, byte[] bytes) implements HttpAnswer {
        @Override
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        public JsonObject json() {
            return Json.createReader(new StringReader(body())).readObject();
        }
    }

    /** A POST of a JSON body with a declared length, sent from {@code source}. */
    public static Response postJson(InetAddress source, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return exchange(source, "POST", path, Map.of("Content-Type", "application/json"), body, false);
    }

    /** A POST of exactly these bytes as {@code application/json}, with Content-Length or chunked. */
    public static Response postBytes(String path, String token, byte[] body, boolean chunked) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return exchange(null, "POST", path, headers, body, chunked);
    }

    public static Response exchange(InetAddress source, String method, String path, Map<String, String> headers,
                                    byte[] body, boolean chunked) {
        URI base = URI.create(Api.baseUrl());
        InetAddress target = source != null ? IPV4_LOOPBACK : resolve(base.getHost());
        try (Socket socket = new Socket()) {
            if (source != null) {
                socket.bind(new InetSocketAddress(source, 0));
            }
            socket.connect(new InetSocketAddress(target, base.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            writeRequest(socket.getOutputStream(), method, path, base, headers, body, chunked);
            return readResponse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        }
    }

    private static InetAddress resolve(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRequest(OutputStream out, String method, String path, URI base,
                                     Map<String, String> headers, byte[] body, boolean chunked) throws IOException {
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        try {
            if (body != null && chunked) {
                int chunk = 8 * 1024;
                for (int offset = 0; offset < body.length; offset += chunk) {
                    int length = Math.min(chunk, body.length - offset);
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body, offset, length);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } else if (body != null) {
                out.write(body);
            }
            out.flush();
        } catch (IOException answeredEarly) {
            // The server may refuse a body before reading all of it; its answer is still to be read.
        }
    }

    private static Response readResponse(InputStream in) throws IOException {
        String statusLine = readLine(in);
        if (statusLine == null || !statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        byte[] body;
        if (headers.getOrDefault("transfer-encoding", List.of()).stream().anyMatch(v -> v.equalsIgnoreCase("chunked"))) {
            body = readChunked(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length").get(0)));
        } else {
            body = in.readAllBytes();
        }
        return new Response(status, headers, body);
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            if (sizeLine == null) {
                throw new IOException("chunked body ended early");
            }
            int size = Integer.parseInt(sizeLine.split(";", 2)[0].strip(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
