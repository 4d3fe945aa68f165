package com.shardsofeternity.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON answers are gzipped for clients that accept it, and only for them. */
@ExtendWith(ServerReady.class)
class CompressionIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = Api.request(path, null).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonStructure parse(byte[] utf8) {
        return Json.createReader(new StringReader(new String(utf8, StandardCharsets.UTF_8))).read();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/world/locations", "/api/world/state", "/api/world/shards"})
    void jsonIsGzippedWhenTheClientAcceptsIt(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> plain = get(path, null);
        HttpResponse<byte[]> gzipped = get(path, "gzip");

        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] inflated;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            inflated = in.readAllBytes();
        }
        if (path.endsWith("/state")) {
            assertThat(parse(inflated).asJsonObject().keySet()).isEqualTo(parse(plain.body()).asJsonObject().keySet());
        } else {
            assertThat(parse(inflated)).isEqualTo(parse(plain.body()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/world/locations", "/api/world/state"})
    void jsonIsPlainWhenTheClientDoesNotAcceptGzip(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> plain = get(path, null);
        HttpResponse<byte[]> identity = get(path, "identity");

        for (HttpResponse<byte[]> response : List.of(plain, identity)) {
            assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(parse(response.body())).isNotNull();
        }
    }
}
