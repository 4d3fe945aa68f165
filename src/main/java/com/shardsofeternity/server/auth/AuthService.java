package com.shardsofeternity.server.auth;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.ProtocolVersion;
import com.shardsofeternity.protocol.model.LoginRequest;
import com.shardsofeternity.protocol.model.LoginResponse;
import com.shardsofeternity.protocol.model.RegisterRequest;
import com.shardsofeternity.protocol.model.RegisterResponse;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.limits.RateCounter;
import com.shardsofeternity.server.validation.Inputs;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Registration, login and logout. Passwords are hashed on the bounded hashing pool and never logged;
 * unknown users and wrong passwords get the same answer after the same amount of work.
 */
@ApplicationScoped
public class AuthService {

    private static final Logger LOG = Logger.getLogger(AuthService.class.getName());
    private static final String BAD_CREDENTIALS = "unknown username or wrong password";

    @Inject
    AccountRepository accounts;
    @Inject
    SessionService sessions;
    @Inject
    PasswordHashingPool hashing;
    @Inject
    RateCounter rateCounter;
    @Inject
    GameSettings settings;
    @Inject
    Clock clock;
    @Inject
    MetricRegistry metrics;

    private LoginThrottle throttle;
    private Counter loginsOk;
    private Counter loginsFailed;
    private Counter loginsThrottled;
    private Counter registrations;

    @PostConstruct
    void init() {
        throttle = new LoginThrottle(rateCounter, settings.loginMaxFailures(), settings.loginFailureWindow());
        loginsOk = metrics.counter("sote_logins_total", new Tag("result", "ok"));
        loginsFailed = metrics.counter("sote_logins_total", new Tag("result", "failed"));
        loginsThrottled = metrics.counter("sote_logins_total", new Tag("result", "throttled"));
        registrations = metrics.counter("sote_registrations_total");
    }

    public RegisterResponse register(RegisterRequest request) {
        Inputs.present("body", request);
        String username = Inputs.username(request.username());
        String password = Inputs.newPassword(request.password());
        if (accounts.findByUsername(username).isPresent()) {
            throw new GameException(ErrorCode.USERNAME_TAKEN, "that username is taken");
        }
        Account account = new Account(username, hashing.hash(password), clock.millis());
        try {
            accounts.storeNow(account);
        } catch (PersistenceException | jakarta.transaction.TransactionalException raced) {
            // Two registrations of one name at once: the unique index decides.
            throw new GameException(ErrorCode.USERNAME_TAKEN, "that username is taken");
        }
        registrations.inc();
        LOG.info(() -> "registered account " + account.id() + " (" + account.username() + ")");
        return new RegisterResponse(account.id(), account.username());
    }

    public LoginResponse login(LoginRequest request, String clientAddress) {
        Inputs.present("body", request);
        Inputs.present("username", request.username());
        Inputs.present("password", request.password());
        String version = Inputs.protocolVersion(request.protocolVersion());
        if (!ProtocolVersion.isCompatible(version)) {
            throw new GameException(ErrorCode.PROTOCOL_VERSION_MISMATCH,
                    "this server speaks protocol " + ProtocolVersion.CURRENT + "; update the client");
        }
        String username = request.username().strip();
        String throttleKey = Inputs.isPossibleUsername(username) ? username : "<malformed>";
        try {
            throttle.check(throttleKey, clientAddress, clock.millis());
        } catch (GameException throttled) {
            loginsThrottled.inc();
            throw throttled;
        }
        Optional<Account> found = Inputs.isPossibleUsername(username) ? accounts.findByUsername(username) : Optional.empty();
        boolean valid;
        if (found.isPresent()) {
            valid = hashing.verify(request.password(), found.get().passwordHash());
        } else {
            hashing.verifyAgainstNothing(request.password());
            valid = false;
        }
        if (!valid) {
            throttle.recordFailure(throttleKey, clientAddress, clock.millis());
            loginsFailed.inc();
            throw new GameException(ErrorCode.AUTH_FAILED, BAD_CREDENTIALS);
        }
        Account account = found.get();
        throttle.recordSuccess(throttleKey);
        OpenedSession opened = sessions.open(account);
        loginsOk.inc();
        LOG.fine(() -> "account " + account.id() + " logged in, session " + opened.session().sessionId());
        long idle = sessions.idleTimeoutMillis();
        return new LoginResponse(opened.token(), account.id(), account.username(),
                opened.session().expiresAt(idle), idle / 1000, ProtocolVersion.CURRENT, settings.serverVersion());
    }

    public void logout(SessionState session) {
        sessions.end(session, SessionEnded.LOGOUT);
    }
}
