package com.shardsofeternity.server.world;

import jakarta.enterprise.context.ApplicationScoped;

/** On a single node every tick runs here. */
@ApplicationScoped
public class SingleNodeTickGate implements WorldTickGate {

    @Override
    public boolean mayTick() {
        return true;
    }
}
