package com.shardsofeternity.server.it;

import static com.shardsofeternity.server.it.Api.PASSWORD;
import static com.shardsofeternity.server.it.Api.json;
import static com.shardsofeternity.server.it.ErrorBodies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/auth}: register, login, logout, and what a token is worth afterwards. */
@ExtendWith(ServerReady.class)
class AuthApiIT {

    private static final String REGISTER = "/api/auth/register";
    private static final String LOGIN = "/api/auth/login";
    private static final String LOGOUT = "/api/auth/logout";

    /** An account that tests only log in to. */
    private static String member;

    @BeforeAll
    static void registerMember() {
        member = Api.register(Api.uniqueName("Member_"));
    }

    private static Api.Reply register(String username, String password) {
        return Api.post(REGISTER, null, json("username", username, "password", password));
    }

    private static Api.Reply login(String username, String password, String version) {
        return Api.post(LOGIN, null, json("username", username, "password", password, "protocol_version", version));
    }

    @Test
    void registerAnswersThePlayerIdAndUsername() {
        String username = Api.uniqueName("reg_");

        Api.Reply reply = register(username, PASSWORD);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonObject created = reply.json();
        assertThat(created.getJsonNumber("player_id").longValue()).isPositive();
        assertThat(created.getString("username")).isEqualTo(username);
        assertThat(reply.body()).doesNotContain(PASSWORD);
    }

    @Test
    void aUsernameTakenInAnyCaseIsUsernameTaken() {
        String username = Api.register(Api.uniqueName("Case_"));

        assertError(register(username, PASSWORD), 409, "USERNAME_TAKEN");
        assertError(register(username.toUpperCase(Locale.ROOT), "another password"), 409, "USERNAME_TAKEN");
        assertError(register(username.toLowerCase(Locale.ROOT), "another password"), 409, "USERNAME_TAKEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "abcdefghijklmnopqrstu", "has space", "dash-name", "dot.name", "émile_x", "name!",
            "<script>x</script>", "", "   "})
    void usernamesOutsideThreeToTwentyLettersDigitsOrUnderscoresAreInvalid(String username) {
        assertError(register(username, PASSWORD), 400, "INVALID_MESSAGE");
    }

    @Test
    void usernamesOfThreeAndOfTwentyCharactersAreAccepted() {
        String three = Api.uniqueName("").substring(0, 3);
        String twenty = (Api.uniqueName("t") + "____________________").substring(0, 20);

        // A three-character name may be taken by an earlier run against the same database: USERNAME_TAKEN
        // still shows that it passed validation.
        assertThat(register(three, PASSWORD).status()).isIn(201, 409);
        assertThat(register(twenty, PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void passwordsAreEightToOneHundredTwentyEightCodePointsAfterTrimming() {
        String sevenPaddedWithSpaces = "  abcdefg  ";
        String astral129 = "\uD83D\uDE00".repeat(129);

        assertError(register(Api.uniqueName("pw_"), "abcdefg"), 400, "INVALID_MESSAGE");
        assertError(register(Api.uniqueName("pw_"), sevenPaddedWithSpaces), 400, "INVALID_MESSAGE");
        assertError(register(Api.uniqueName("pw_"), astral129), 400, "INVALID_MESSAGE");
        assertError(register(Api.uniqueName("pw_"), "x".repeat(129)), 400, "INVALID_MESSAGE");
    }

    @Test
    void passwordsCountCodePointsNotUtf16Units() {
        String eightEmoji = "\uD83D\uDD25".repeat(8);
        String astral128 = "\uD835\uDC9C".repeat(128);
        String shortUser = Api.uniqueName("pe_");
        String longUser = Api.uniqueName("pl_");

        assertThat(register(shortUser, eightEmoji).status()).isEqualTo(201);
        assertThat(register(longUser, astral128).status()).isEqualTo(201);
        assertThat(login(shortUser, eightEmoji, "1.0").status()).isEqualTo(200);
    }

    @Test
    void loginAnswersATokenAndTheSessionTerms() {
        long playerId = Api.loginReply(member).getJsonNumber("player_id").longValue();
        long before = System.currentTimeMillis();

        Api.Reply reply = login(member.toLowerCase(Locale.ROOT), PASSWORD, "1.0");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject session = reply.json();
        assertThat(session.getString("token")).isNotBlank();
        assertThat(session.getJsonNumber("player_id").longValue()).isEqualTo(playerId);
        assertThat(session.getString("username")).isEqualTo(member);
        assertThat(session.getJsonNumber("session_timeout_s").longValue()).isEqualTo(1800);
        assertThat(session.getJsonNumber("expires_at").longValue())
                .isBetween(before + 1_700_000, System.currentTimeMillis() + 1_800_000 + 5_000);
        assertThat(session.getString("protocol_version")).isEqualTo("1.0");
        assertThat(session.getString("server_version")).isNotBlank();
        assertThat(reply.body()).doesNotContain(PASSWORD);
    }

    @Test
    void everyLoginMakesANewTokenAndEachWorks() {
        String first = Api.login(member);
        String second = Api.login(member);

        assertThat(first).isNotEqualTo(second);
        assertThat(Api.get("/api/characters", first).status()).isEqualTo(200);
        assertThat(Api.get("/api/characters", second).status()).isEqualTo(200);
    }

    @Test
    void aDifferentMinorProtocolVersionIsAccepted() {
        Api.Reply reply = login(member, PASSWORD, "1.7");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().getString("protocol_version")).isEqualTo("1.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.0", "0.9", "10.0"})
    void aDifferentMajorProtocolVersionIsRefused(String version) {
        assertError(login(member, PASSWORD, version), 400, "PROTOCOL_VERSION_MISMATCH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1.", ".0", "1.0.0", "v1.0", "one.zero", " 1.0", "99999999999999.0", "1.99999999999999"})
    void aMalformedProtocolVersionIsInvalid(String version) {
        assertError(login(member, PASSWORD, version), 400, "INVALID_MESSAGE");
    }

    @Test
    void loginWithoutProtocolVersionIsInvalid() {
        assertError(Api.post(LOGIN, null, json("username", member, "password", PASSWORD)), 400, "INVALID_MESSAGE");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        String username = Api.register(Api.uniqueName("same_"));
        InetAddress source = RawHttp.freshLoopbackAddress();

        RawHttp.Response wrongPassword = RawHttp.postJson(source, LOGIN,
                json("username", username, "password", "not the password", "protocol_version", "1.0"));
        RawHttp.Response unknownUser = RawHttp.postJson(source, LOGIN,
                json("username", Api.uniqueName("ghost_"), "password", "not the password", "protocol_version", "1.0"));

        JsonObject first = assertError(wrongPassword, 401, "AUTH_FAILED");
        JsonObject second = assertError(unknownUser, 401, "AUTH_FAILED");
        assertThat(second).isEqualTo(first);
        assertThat(unknownUser.header("WWW-Authenticate")).isEqualTo(wrongPassword.header("WWW-Authenticate"));
        assertThat(wrongPassword.body()).doesNotContain("not the password", username);
    }

    @Test
    void logoutEndsTheSessionAtOnce() {
        String username = Api.register(Api.uniqueName("bye_"));
        String token = Api.login(username);
        String otherSession = Api.login(username);

        Api.Reply reply = Api.post(LOGOUT, token, null);

        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.body()).isEmpty();
        assertError(Api.get("/api/characters", token), 401, "SESSION_EXPIRED");
        assertError(Api.post(LOGOUT, token, null), 401, "SESSION_EXPIRED");
        assertThat(Api.get("/api/characters", otherSession).status()).isEqualTo(200);
    }

    @Test
    void logoutWithoutATokenIsAuthRequired() {
        assertError(Api.post(LOGOUT, null, null), 401, "AUTH_REQUIRED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/characters", "POST /api/characters", "POST /api/characters/select", "POST /api/auth/logout"})
    void protectedCallsWithoutATokenAreAuthRequired(String call) {
        String[] methodAndPath = call.split(" ");
        String body = methodAndPath[0].equals("POST") ? "{}" : null;

        assertError(Api.send(methodAndPath[0], methodAndPath[1], null, body), 401, "AUTH_REQUIRED");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "Bearer not-a-token",
            "Bearer ",
            "Basic dXNlcjpwYXNzd29yZA==",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void aTokenTheServerNeverIssuedIsAuthRequired(String authorization) {
        Api.Reply reply = Api.send("GET", "/api/characters", null, null, "Authorization", authorization);

        assertError(reply, 401, "AUTH_REQUIRED");
    }
}
