package com.shardsofeternity.server.chat;

import com.shardsofeternity.protocol.message.Chat;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.auth.CurrentSession;
import com.shardsofeternity.server.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** {@code GET /api/chat/history}: what the caller's character may read of a channel, newest last. */
@Path("/chat")
@RequestScoped
@RolesAllowed(Roles.PLAYER)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ChatHistoryResource {

    @Inject
    ChatHistoryService history;
    @Inject
    CurrentSession current;

    @GET
    @Path("/history")
    public List<Chat> history(@QueryParam("channel") String channel, @QueryParam("limit") String limit,
                              @QueryParam("before") String before) {
        long characterId = current.requireCharacter();
        Integer size = null;
        if (limit != null) {
            try {
                size = Integer.valueOf(limit);
            } catch (NumberFormatException notANumber) {
                throw GameException.invalid("limit must be a whole number 1-" + ChatHistoryService.MAX_LIMIT);
            }
        }
        return history.history(characterId, channel, size, before);
    }
}
