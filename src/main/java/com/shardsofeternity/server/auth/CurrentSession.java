package com.shardsofeternity.server.auth;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.server.GameException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The session of the current REST request, as the bearer mechanism authenticated it. */
@RequestScoped
public class CurrentSession {

    @Inject
    HttpServletRequest request;

    /** The caller's live session; resources guarded by {@code @RolesAllowed} always have one. */
    public SessionState require() {
        if (request.getAttribute(BearerTokenMechanism.SESSION_ATTRIBUTE) instanceof SessionState session) {
            return session;
        }
        throw new GameException(ErrorCode.AUTH_REQUIRED, "send Authorization: Bearer <token> from /api/auth/login");
    }

    /** The caller's selected character id, or {@code NO_CHARACTER_SELECTED}. */
    public long requireCharacter() {
        Long characterId = require().characterId();
        if (characterId == null) {
            throw new GameException(ErrorCode.NO_CHARACTER_SELECTED, "select a character first (POST /api/characters/select)");
        }
        return characterId;
    }

    /** The address the request came from; the forwarded one only when the operator trusts the proxy. */
    public String clientAddress(boolean trustForwardedFor) {
        if (trustForwardedFor) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].strip();
            }
        }
        return request.getRemoteAddr();
    }
}
