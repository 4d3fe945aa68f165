package com.shardsofeternity.server.realtime;

import com.shardsofeternity.server.auth.CurrentSession;
import com.shardsofeternity.server.config.GameSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Makes the address a WebSocket client connects from available to the handshake. JSR 356 gives
 * endpoints no way to learn it; Open Liberty runs the upgrade, {@link HandshakeGuard#modifyHandshake}
 * included, at the end of this filter's chain on the same thread, so the guard picks it up here and
 * keeps it in the socket's user properties ({@link Connection#remoteAddress()}). The address follows
 * the login rules ({@code X-Forwarded-For} only when the proxy is trusted); nothing is stored in an
 * HTTP session.
 *
 * <p>The request passed on never creates an HTTP session: the container would otherwise make one for
 * every handshake (about a kilobyte per socket, kept for the session timeout) that nothing here uses.
 */
@WebFilter(urlPatterns = "/ws", asyncSupported = true)
public class ClientAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<String> HANDSHAKING = new ThreadLocal<>();
    private static final ThreadLocal<String> HOST = new ThreadLocal<>();

    @Inject
    transient CurrentSession request;
    @Inject
    transient GameSettings settings;

    /** The client address of the handshake running on this thread, if any. */
    static Optional<String> current() {
        return Optional.ofNullable(HANDSHAKING.get());
    }

    /** The Host header of the handshake running on this thread: a page of this server is same-origin. */
    static Optional<String> currentHost() {
        return Optional.ofNullable(HOST.get());
    }

    @Override
    protected void doFilter(HttpServletRequest httpRequest, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HANDSHAKING.set(request.clientAddress(settings.trustForwardedFor()));
        HOST.set(httpRequest.getHeader("Host"));
        try {
            chain.doFilter(new WithoutNewSessions(httpRequest), response);
        } finally {
            HANDSHAKING.remove();
            HOST.remove();
        }
    }

    /** A request whose {@code getSession()} returns an existing session only. */
    private static final class WithoutNewSessions extends HttpServletRequestWrapper {

        WithoutNewSessions(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession() {
            return super.getSession(false);
        }

        @Override
        public HttpSession getSession(boolean create) {
            return super.getSession(false);
        }
    }
}
