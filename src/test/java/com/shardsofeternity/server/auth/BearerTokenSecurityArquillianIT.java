package com.shardsofeternity.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shardsofeternity.protocol.model.LoginRequest;
import com.shardsofeternity.protocol.model.RegisterRequest;
import com.shardsofeternity.server.it.MasterServerArchive;
import com.shardsofeternity.server.web.Roles;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Jakarta Security wiring inside Liberty: {@link BearerTokenMechanism} guards the API and asks the
 * container's identity store handler, which reaches {@link SessionIdentityStore}.
 */
@ExtendWith(ArquillianExtension.class)
class BearerTokenSecurityArquillianIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String PROTECTED = "api/characters";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment
    static WebArchive deployment() {
        return MasterServerArchive.with(BearerTokenSecurityArquillianIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    AuthService auth;
    @Inject
    SessionService sessions;
    @Inject
    IdentityStoreHandler identityStores;

    @Test
    void protectedResourceWithoutTokenAnswersAuthRequired() throws Exception {
        HttpResponse<String> response = get(PROTECTED, null);

        assertEquals(401, response.statusCode());
        assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(null));
        assertEquals("AUTH_REQUIRED", errorCode(response));
    }

    @Test
    void protectedResourceWithLiveTokenAnswersOk() throws Exception {
        String token = loginNewPlayer();

        HttpResponse<String> response = get(PROTECTED, token);

        assertEquals(200, response.statusCode());
        assertEquals(0, Json.createReader(new StringReader(response.body())).readArray().size());
    }

    @Test
    void protectedResourceWithEndedSessionAnswersSessionExpired() throws Exception {
        String token = loginNewPlayer();
        assertEquals(200, get(PROTECTED, token).statusCode());

        sessions.end(sessions.authenticate(token).session(), SessionEnded.LOGOUT);
        HttpResponse<String> response = get(PROTECTED, token);

        assertEquals(401, response.statusCode());
        assertEquals("SESSION_EXPIRED", errorCode(response));
    }

    @Test
    void protectedResourceWithUnknownTokenAnswersAuthRequired() throws Exception {
        HttpResponse<String> response = get(PROTECTED, Tokens.newToken());

        assertEquals(401, response.statusCode());
        assertEquals("AUTH_REQUIRED", errorCode(response));
    }

    @Test
    void identityStoreGrantsPlayerGroupToLiveSession() {
        String username = newUsername();
        String token = registerAndLogin(username);

        CredentialValidationResult result = identityStores.validate(new BearerTokenCredential(token));

        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals(Set.of(Roles.PLAYER), result.getCallerGroups());
        assertEquals(username, result.getCallerPrincipal().getName());
    }

    @Test
    void identityStoreRejectsTokenItNeverIssued() {
        BearerTokenCredential credential = new BearerTokenCredential(Tokens.newToken());

        CredentialValidationResult result = identityStores.validate(credential);

        assertEquals(CredentialValidationResult.Status.INVALID, result.getStatus());
        assertEquals(SessionCheck.Status.UNKNOWN, credential.outcome());
    }

    @Test
    void identityStoreRejectsEndedSessionAsExpired() {
        String token = loginNewPlayer();
        sessions.end(sessions.authenticate(token).session(), SessionEnded.LOGOUT);
        BearerTokenCredential credential = new BearerTokenCredential(token);

        CredentialValidationResult result = identityStores.validate(credential);

        assertEquals(CredentialValidationResult.Status.INVALID, result.getStatus());
        assertEquals(SessionCheck.Status.EXPIRED, credential.outcome());
    }

    private String loginNewPlayer() {
        return registerAndLogin(newUsername());
    }

    private String registerAndLogin(String username) {
        auth.register(new RegisterRequest(username, PASSWORD));
        String token = auth.login(new LoginRequest(username, PASSWORD, "1.0"), "127.0.0.1").token();
        assertTrue(Tokens.isWellFormed(token), "login hands out a well-formed token");
        return token;
    }

    private static String newUsername() {
        return "arq" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve(path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String errorCode(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "the refusal is JSON");
        JsonStructure body = Json.createReader(new StringReader(response.body())).read();
        return ((JsonObject) body).getString("error_code");
    }
}
