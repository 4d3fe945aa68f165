package com.shardsofeternity.server.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /api}. */
@ApplicationPath("/api")
@DeclareRoles({Roles.PLAYER, Roles.ADMIN})
@OpenAPIDefinition(info = @Info(title = "Shards of Eternity master server", version = "1.0",
        description = "REST half of the Shards of Eternity protocol 1.0; the WebSocket half lives at /ws."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestApplication extends Application {
}
