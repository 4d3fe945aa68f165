package com.shardsofeternity.server.character;

import com.shardsofeternity.protocol.model.CharacterView;
import com.shardsofeternity.protocol.model.CreateCharacterRequest;
import com.shardsofeternity.protocol.model.SelectCharacterRequest;
import com.shardsofeternity.server.auth.CurrentSession;
import com.shardsofeternity.server.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** {@code /api/characters}: the caller's characters. */
@Path("/characters")
@RequestScoped
@RolesAllowed(Roles.PLAYER)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CharacterResource {

    @Inject
    CharacterService characters;
    @Inject
    CurrentSession current;

    @GET
    public List<CharacterView> list() {
        return characters.listOwn(current.require());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateCharacterRequest request) {
        return Response.status(Response.Status.CREATED).entity(characters.create(current.require(), request)).build();
    }

    @POST
    @Path("/select")
    @Consumes(MediaType.APPLICATION_JSON)
    public CharacterView select(SelectCharacterRequest request) {
        return characters.select(current.require(), request);
    }
}
