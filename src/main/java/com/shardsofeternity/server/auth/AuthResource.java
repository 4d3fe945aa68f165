package com.shardsofeternity.server.auth;

import com.shardsofeternity.protocol.model.LoginRequest;
import com.shardsofeternity.protocol.model.LoginResponse;
import com.shardsofeternity.protocol.model.RegisterRequest;
import com.shardsofeternity.protocol.model.RegisterResponse;
import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.web.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** {@code /api/auth}: register, login, logout. */
@Path("/auth")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    AuthService auth;
    @Inject
    CurrentSession current;
    @Inject
    GameSettings settings;

    @POST
    @Path("/register")
    @PermitAll
    public Response register(RegisterRequest request) {
        RegisterResponse created = auth.register(request);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/login")
    @PermitAll
    public LoginResponse login(LoginRequest request) {
        return auth.login(request, current.clientAddress(settings.trustForwardedFor()));
    }

    @POST
    @Path("/logout")
    @RolesAllowed(Roles.PLAYER)
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.WILDCARD)
    public Response logout() {
        auth.logout(current.require());
        return Response.noContent().build();
    }
}
