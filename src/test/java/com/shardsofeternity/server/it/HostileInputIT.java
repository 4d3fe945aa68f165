package com.shardsofeternity.server.it;

import static com.shardsofeternity.server.it.Api.PASSWORD;
import static com.shardsofeternity.server.it.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every string of the Big List of Naughty Strings, as username, password, character name, faction,
 * login and path segment: each is answered with a success or a clean refusal, never a server failure,
 * never a stack trace, and never with the refused input echoed back. What counts as valid is PROTOCOL.md's
 * rule, applied here independently.
 */
@ExtendWith(ServerReady.class)
class HostileInputIT {

    private static final Pattern USERNAME_RULE = Pattern.compile("[A-Za-z0-9_]{3,20}");
    private static final Pattern CHARACTER_NAME_RULE = Pattern.compile("[\\p{L}\\p{Nd} '\\-]+");

    private static List<String> naughty;
    private static String takenUsername;

    @BeforeAll
    static void load() {
        naughty = NaughtyStrings.all();
        assertThat(naughty).hasSizeGreaterThan(500);
        takenUsername = Api.register(Api.uniqueName("taken_"));
    }

    private static boolean isValidUsername(String value) {
        return USERNAME_RULE.matcher(value.strip()).matches();
    }

    private static boolean isValidPassword(String value) {
        int length = NaughtyStrings.length(value);
        return length >= 8 && length <= 128;
    }

    private static boolean isValidCharacterName(String value) {
        int length = NaughtyStrings.length(value);
        return length >= 3 && length <= 24 && CHARACTER_NAME_RULE.matcher(value.strip()).matches();
    }

    /** An input that could not turn up in an error message by chance: long enough, and not plain words. */
    private static boolean isDistinctive(String value) {
        String trimmed = value.strip();
        IntPredicate plain = c -> c < 128 && (Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '.' || c == ',');
        return NaughtyStrings.length(trimmed) >= 6 && !trimmed.codePoints().allMatch(plain);
    }

    private static void checkRefusal(SoftAssertions softly, String input, HttpAnswer reply, int status, String code) {
        softly.assertThatCode(() -> ErrorBodies.assertError(reply, status, code)).as(input).doesNotThrowAnyException();
        if (isDistinctive(input)) {
            softly.assertThat(reply.body()).as("the refusal of %s echoes it", input).doesNotContain(input.strip());
        }
    }

    @Test
    void hostileUsernamesAreRefusedOrRegisteredAsTrimmed() {
        List<Api.Reply> replies = Api.sendAll(naughty.stream()
                .map(username -> Api.postRequest("/api/auth/register", null, json("username", username, "password", PASSWORD)))
                .toList());
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < naughty.size(); i++) {
            String username = naughty.get(i);
            Api.Reply reply = replies.get(i);
            if (!isValidUsername(username)) {
                checkRefusal(softly, username, reply, 400, "INVALID_MESSAGE");
            } else if (reply.status() == 201) {
                softly.assertThat(reply.json().getString("username")).isEqualTo(username.strip());
            } else {
                checkRefusal(softly, username, reply, 409, "USERNAME_TAKEN");
            }
        }
        softly.assertAll();
    }

    @Test
    void hostilePasswordsAreJudgedByTheirLengthAlone() {
        List<Api.Reply> replies = Api.sendAll(naughty.stream()
                .map(password -> Api.postRequest("/api/auth/register", null, json("username", takenUsername, "password", password)))
                .toList());
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < naughty.size(); i++) {
            String password = naughty.get(i);
            Api.Reply reply = replies.get(i);
            if (isValidPassword(password)) {
                checkRefusal(softly, password, reply, 409, "USERNAME_TAKEN");
            } else {
                checkRefusal(softly, password, reply, 400, "INVALID_MESSAGE");
            }
        }
        softly.assertAll();
    }

    /** One valid naughty password of each troublesome kind, registered and then used to log in. */
    @Test
    void hostilePasswordsOfEveryKindWorkForLogin() {
        Map<String, IntPredicate> kinds = new LinkedHashMap<>();
        kinds.put("astral", Character::isSupplementaryCodePoint);
        kinds.put("right-to-left", c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
        kinds.put("invisible", c -> Character.getType(c) == Character.FORMAT);
        kinds.put("control", Character::isISOControl);
        kinds.put("combining", c -> Character.getType(c) == Character.NON_SPACING_MARK);
        kinds.put("quote or backslash", c -> c == '"' || c == '\\' || c == '\'');
        kinds.put("markup", c -> c == '<');

        SoftAssertions softly = new SoftAssertions();
        kinds.forEach((kind, trait) -> {
            String password = naughty.stream().filter(HostileInputIT::isValidPassword)
                    .filter(p -> p.codePoints().anyMatch(trait)).findFirst()
                    .orElseThrow(() -> new AssertionError("no naughty password of kind " + kind));
            String username = Api.uniqueName("np_");
            softly.assertThat(Api.post("/api/auth/register", null, json("username", username, "password", password)).status())
                    .as("register with a %s password", kind).isEqualTo(201);
            softly.assertThat(Api.post("/api/auth/login", null,
                            json("username", username, "password", password, "protocol_version", "1.0")).status())
                    .as("login with a %s password", kind).isEqualTo(200);
        });
        softly.assertAll();
    }

    @Test
    void hostileCharacterNamesAreRefusedOrStoredAsTrimmed() {
        SoftAssertions softly = new SoftAssertions();
        Map<String, List<String>> createdByToken = new HashMap<>();
        String token = Api.newSession().token();
        for (String name : naughty) {
            Api.Reply reply = Api.post("/api/characters", token, json("name", name, "faction", "Azure Order"));
            if (reply.status() == 403 && isValidCharacterName(name)) {
                token = Api.newSession().token();
                reply = Api.post("/api/characters", token, json("name", name, "faction", "Azure Order"));
            }
            if (!isValidCharacterName(name)) {
                checkRefusal(softly, name, reply, 400, "INVALID_MESSAGE");
            } else if (reply.status() == 201) {
                softly.assertThat(reply.json().getString("name")).isEqualTo(name.strip());
                createdByToken.computeIfAbsent(token, t -> new ArrayList<>()).add(name.strip());
            } else {
                checkRefusal(softly, name, reply, 409, "NAME_TAKEN");
            }
        }
        createdByToken.forEach((owner, names) -> softly.assertThat(Api.get("/api/characters", owner).array()
                .getValuesAs(JsonObject.class)).extracting(c -> c.getString("name")).containsExactlyElementsOf(names));
        softly.assertAll();
    }

    @Test
    void hostileFactionsAreInvalid() {
        String token = Api.newSession().token();
        List<Api.Reply> replies = Api.sendAll(naughty.stream().map(faction -> Api.postRequest("/api/characters", token,
                json("name", Api.uniqueName("Faction Probe "), "faction", faction))).toList());
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < naughty.size(); i++) {
            String faction = naughty.get(i);
            Api.Reply reply = replies.get(i);
            checkRefusal(softly, faction, reply, 400, "INVALID_MESSAGE");
        }
        softly.assertAll();
    }

    /**
     * Sent from an address of their own: after five failures that address is locked, so most of these are
     * answered {@code RATE_LIMITED}; what matters is that none breaks the server.
     */
    @Test
    void hostileLoginsAreRefusedCleanly() {
        InetAddress source = RawHttp.freshLoopbackAddress();
        SoftAssertions softly = new SoftAssertions();
        for (String value : naughty) {
            RawHttp.Response reply = RawHttp.postJson(source, "/api/auth/login",
                    json("username", value, "password", value, "protocol_version", "1.0"));
            softly.assertThat(reply.status()).as("%s -> %s", value, reply.body()).isIn(401, 429);
            softly.assertThatCode(() -> ErrorBodies.assertClientError(reply)).as(value).doesNotThrowAnyException();
            if (isDistinctive(value)) {
                softly.assertThat(reply.body()).as("the refusal of %s echoes it", value).doesNotContain(value.strip());
            }
        }
        softly.assertAll();
    }

    /**
     * A path the web container finds suspicious (a segment starting with {@code ;}, a control character,
     * more {@code ../} than the path is deep) is refused by the container itself with a short page of
     * its own, before the application sees it; everything else reaches the API and is a JSON
     * {@code NOT_FOUND}, or {@code INVALID_MESSAGE} for encoded slashes and backslashes.
     */
    @Test
    void hostileLocationIdsAreNotFound() {
        Set<Long> locationIds = Api.get("/api/world/locations", null).array().getValuesAs(JsonObject.class).stream()
                .map(l -> l.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        List<Api.Reply> replies = Api.sendAll(naughty.stream().map(id -> Api.request("/api/world/locations/"
                + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20") + "/players", null).GET().build()).toList());
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < naughty.size(); i++) {
            String id = naughty.get(i);
            Api.Reply reply = replies.get(i);
            boolean isLocation = id.matches("[0-9]{1,18}") && locationIds.contains(Long.parseLong(id));
            if (isLocation) {
                softly.assertThat(reply.status()).as(id).isEqualTo(200);
            } else if (!reply.header("Content-Type").orElse("").startsWith("application/json")) {
                softly.assertThat(reply.status()).as("the container's answer to %s", id).isEqualTo(400);
                softly.assertThatCode(() -> ErrorBodies.assertNoInternals(reply)).as(id).doesNotThrowAnyException();
            } else if (reply.status() == 400) {
                checkRefusal(softly, id, reply, 400, "INVALID_MESSAGE");
            } else {
                checkRefusal(softly, id, reply, 404, "NOT_FOUND");
            }
        }
        softly.assertAll();
    }
}
