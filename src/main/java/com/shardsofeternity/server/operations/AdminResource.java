package com.shardsofeternity.server.operations;

import com.shardsofeternity.server.auth.CurrentSession;
import com.shardsofeternity.server.validation.Inputs;
import com.shardsofeternity.server.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** {@code /api/admin}: the operations page's reads and actions, for sessions of {@code ADMIN_USERNAMES} only. */
@Path("/admin")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    OperationsService operations;
    @Inject
    CurrentSession current;

    @GET
    @Path("/overview")
    public OperationsOverview overview() {
        return operations.overview();
    }

    @POST
    @Path("/announcements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response announce(AnnouncementRequest request) {
        operations.announce(current.require(), Inputs.present("body", request).message());
        return Response.noContent().build();
    }

    @POST
    @Path("/players/{characterId: [0-9]{1,18}}/kick")
    public Response kick(@PathParam("characterId") long characterId) {
        operations.kick(current.require(), characterId);
        return Response.noContent().build();
    }

    @POST
    @Path("/sessions/{sessionId: [A-Za-z0-9_-]{1,64}}/end")
    public Response endSession(@PathParam("sessionId") String sessionId) {
        operations.endSession(current.require(), sessionId);
        return Response.noContent().build();
    }
}
