package com.shardsofeternity.server.world;

import com.shardsofeternity.protocol.model.LocationView;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import com.shardsofeternity.protocol.model.ShardView;
import com.shardsofeternity.protocol.model.WorldStateView;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/world}: public reads of the world. */
@Path("/world")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class WorldResource {

    @Inject
    WorldService world;

    @GET
    @Path("/state")
    public WorldStateView state() {
        return world.state();
    }

    @GET
    @Path("/shards")
    public List<ShardView> shards() {
        return world.shards();
    }

    @GET
    @Path("/locations")
    public List<LocationView> locations() {
        return world.locations();
    }

    @GET
    @Path("/factions")
    public List<String> factions() {
        return world.factions();
    }

    @GET
    @Path("/locations/{id: [0-9]{1,18}}/players")
    public List<NearbyPlayer> playersAt(@PathParam("id") long locationId) {
        return world.playersAt(locationId);
    }
}
