package com.shardsofeternity.client.p2p;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Python's {@code cryptography} Fernet, the reference other peers may use, driven as a subprocess: one JSON
 * request on stdin, one JSON answer on stdout, a batch of cases per process to keep start-up cost low.
 */
final class PythonFernet {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String INSTALL_HINT =
            "the interoperability tests need /usr/bin/python3 with the cryptography module"
                    + " (Debian: apt-get install python3-cryptography)";

    private static final String SCRIPT = """
            import base64, hashlib, json, sys
            from cryptography.fernet import Fernet
            request = json.load(sys.stdin)
            op, cases = request["op"], request["cases"]
            b64 = lambda data: base64.b64encode(data).decode()
            if op == "encrypt":
                answers = [Fernet(c["key"]).encrypt(base64.b64decode(c["plaintext"])).decode() for c in cases]
            elif op == "decrypt":
                answers = [b64(Fernet(c["key"]).decrypt(c["token"], ttl=60)) for c in cases]
            elif op == "generate_key":
                answers = [Fernet.generate_key().decode() for _ in cases]
            elif op == "shared_secret_key":
                answers = [base64.urlsafe_b64encode(hashlib.pbkdf2_hmac(
                    "sha256", base64.b64decode(c), b"shards-of-eternity-p2p-v1", 100000, 32)).decode()
                    for c in cases]
            json.dump({"answers": answers}, sys.stdout)
            """;

    private PythonFernet() {
    }

    /** Fails, rather than skips, when Python or its cryptography module is missing: CI installs both. */
    static void requireInstalled() {
        if (!Files.isExecutable(PYTHON)) {
            fail(PYTHON + " is missing: " + INSTALL_HINT);
        }
        Outcome check = run(List.of(PYTHON.toString(), "-c", "import cryptography.fernet"), new byte[0]);
        if (check.exitCode() != 0) {
            fail("python3 cannot import cryptography.fernet: " + INSTALL_HINT + "\n" + check.stderr());
        }
    }

    /** Tokens Python makes of each (key, plaintext) pair. */
    static List<String> encrypt(List<FernetKey> keys, List<byte[]> plaintexts) {
        JsonArrayBuilder cases = Json.createArrayBuilder();
        for (int i = 0; i < keys.size(); i++) {
            cases.add(Json.createObjectBuilder()
                    .add("key", keys.get(i).toBase64())
                    .add("plaintext", Base64.getEncoder().encodeToString(plaintexts.get(i))));
        }
        return strings(call("encrypt", cases.build()));
    }

    /** The plaintexts Python reads from each (key, token) pair, with a TTL of 60 s. */
    static List<byte[]> decrypt(List<FernetKey> keys, List<String> tokens) {
        JsonArrayBuilder cases = Json.createArrayBuilder();
        for (int i = 0; i < keys.size(); i++) {
            cases.add(Json.createObjectBuilder().add("key", keys.get(i).toBase64()).add("token", tokens.get(i)));
        }
        return strings(call("decrypt", cases.build())).stream().map(Base64.getDecoder()::decode).toList();
    }

    /** Keys from Python's {@code Fernet.generate_key()}, in its text form. */
    static List<String> generateKeys(int count) {
        JsonArrayBuilder cases = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            cases.add(i);
        }
        return strings(call("generate_key", cases.build()));
    }

    /** The shared-secret key as a Python peer derives it with {@code hashlib.pbkdf2_hmac}. */
    static List<String> sharedSecretKeys(List<byte[]> secrets) {
        JsonArrayBuilder cases = Json.createArrayBuilder();
        secrets.forEach(secret -> cases.add(Base64.getEncoder().encodeToString(secret)));
        return strings(call("shared_secret_key", cases.build()));
    }

    private static JsonArray call(String op, JsonArray cases) {
        String request = Json.createObjectBuilder().add("op", op).add("cases", cases).build().toString();
        Outcome outcome = run(List.of(PYTHON.toString(), "-c", SCRIPT), request.getBytes(UTF_8));
        if (outcome.exitCode() != 0) {
            fail("Python Fernet failed on '" + op + "':\n" + outcome.stderr());
        }
        try (JsonReader reader = Json.createReader(new StringReader(outcome.stdout()))) {
            return reader.readObject().getJsonArray("answers");
        }
    }

    private static List<String> strings(JsonArray array) {
        List<String> strings = new ArrayList<>();
        array.forEach(value -> strings.add(((JsonString) value).getString()));
        return strings;
    }

    private static Outcome run(List<String> command, byte[] stdin) {
        try {
            Process process = new ProcessBuilder(command).start();
            CompletableFuture<String> stdout = readAsync(process.getInputStream());
            CompletableFuture<String> stderr = readAsync(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin);
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("python3 did not answer within 30 s");
            }
            return new Outcome(process.exitValue(), stdout.join(), stderr.join());
        } catch (IOException unstartable) {
            return fail("cannot run " + command.get(0) + ": " + INSTALL_HINT, unstartable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for python3", interrupted);
        }
    }

    /** On a thread of its own, so neither pipe can fill up and stall Python while the other is read. */
    private static CompletableFuture<String> readAsync(InputStream stream) {
        Executor ownThread = task -> {
            Thread reader = new Thread(task, "python3-pipe-reader");
            reader.setDaemon(true);
            reader.start();
        };
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), UTF_8);
            } catch (IOException unreadable) {
                return "(unreadable: " + unreadable.getMessage() + ")";
            }
        }, ownThread);
    }

    private record Outcome(int exitCode, String stdout, String stderr) {
    }
}
