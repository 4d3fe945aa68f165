package com.shardsofeternity.server.party;

import com.shardsofeternity.protocol.model.CreatePartyRequest;
import com.shardsofeternity.protocol.model.PartyView;
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

/** {@code /api/party}: create a party, read one's own. */
@Path("/party")
@RequestScoped
@RolesAllowed(Roles.PLAYER)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class PartyResource {

    @Inject
    PartyService parties;
    @Inject
    CurrentSession current;

    @POST
    @Path("/create")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreatePartyRequest request) {
        long leader = current.requireCharacter();
        PartyView party = parties.create(leader, Inputs.present("body", request).name());
        return Response.status(Response.Status.CREATED).entity(party).build();
    }

    @GET
    @Path("/{id: [0-9]{1,18}}")
    public PartyView get(@PathParam("id") long partyId) {
        return parties.get(partyId, current.requireCharacter());
    }
}
