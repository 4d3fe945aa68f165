package com.shardsofeternity.server.auth;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.model.ErrorBody;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads {@code Authorization: Bearer <token>}. A request without one continues anonymously (public
 * reads need no login; protected resources then answer {@code 401 AUTH_REQUIRED}); a bad token is
 * remembered on the request so the answer can say whether it expired or was never valid.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    /** Request attribute holding the {@link ErrorCode} of a token that failed. */
    public static final String FAILURE_ATTRIBUTE = "sote.auth.failure";
    /** Request attribute holding the {@link SessionState} of an authenticated request. */
    public static final String SESSION_ATTRIBUTE = "sote.auth.session";

    private static final String BEARER = "Bearer ";
    private static final Jsonb JSON = JsonbBuilder.create(MessageCodec.jsonbConfig());

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String token = bearerToken(request);
        if (token == null) {
            return context.isProtected() ? refuse(response, context, ErrorCode.AUTH_REQUIRED) : context.doNothing();
        }
        BearerTokenCredential credential = new BearerTokenCredential(token);
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID
                && result.getCallerPrincipal() instanceof SessionPrincipal principal) {
            request.setAttribute(SESSION_ATTRIBUTE, principal.session());
            return context.notifyContainerAboutLogin(principal, result.getCallerGroups());
        }
        ErrorCode failure = credential.outcome() == SessionCheck.Status.EXPIRED
                ? ErrorCode.SESSION_EXPIRED : ErrorCode.AUTH_REQUIRED;
        request.setAttribute(FAILURE_ATTRIBUTE, failure);
        return context.isProtected() ? refuse(response, context, failure) : context.doNothing();
    }

    /** Answers a protected resource's unauthenticated caller with the protocol's 401 body. */
    private static AuthenticationStatus refuse(HttpServletResponse response, HttpMessageContext context, ErrorCode code) {
        String message = code == ErrorCode.SESSION_EXPIRED
                ? "the session has expired or was logged out; log in again"
                : "send Authorization: Bearer <token> from /api/auth/login";
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.toJson(ErrorBody.of(code, message)));
            response.flushBuffer();
        } catch (IOException clientGone) {
            // Nothing to tell a client that has hung up.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static String bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() || token.length() > 512 ? null : token;
    }
}
