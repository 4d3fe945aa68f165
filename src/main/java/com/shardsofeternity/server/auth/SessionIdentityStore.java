package com.shardsofeternity.server.auth;

import com.shardsofeternity.server.web.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Validates bearer tokens against the sessions of the database; grants {@code player}, and {@code admin} to operators. */
@ApplicationScoped
public class SessionIdentityStore implements IdentityStore {

    @Inject
    SessionService sessions;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof BearerTokenCredential bearer)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SessionCheck check = sessions.authenticate(bearer.token());
        bearer.recordOutcome(check.status());
        if (!check.isValid()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = check.session().isAdmin() ? Set.of(Roles.PLAYER, Roles.ADMIN) : Set.of(Roles.PLAYER);
        return new CredentialValidationResult(new SessionPrincipal(check.session()), groups);
    }
}
