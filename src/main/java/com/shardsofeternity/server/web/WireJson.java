package com.shardsofeternity.server.web;

import com.shardsofeternity.protocol.MessageCodec;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Makes JAX-RS read and write JSON exactly as the protocol's codec does (snake_case, nulls written),
 * and read request fields only from JSON values of their own type ({@link StrictScalars}).
 */
@Provider
public class WireJson implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(MessageCodec.jsonbConfig().withDeserializers(StrictScalars.all()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
