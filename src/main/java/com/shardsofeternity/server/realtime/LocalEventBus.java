package com.shardsofeternity.server.realtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

/** The single-node bus: publishing is delivering, in the caller's thread (delivery never blocks). */
@ApplicationScoped
@Typed(LocalEventBus.class)
public class LocalEventBus implements EventBus {

    @Inject
    LocalDelivery delivery;

    @Override
    public void publish(Audience audience, ServerMessage message) {
        delivery.deliver(audience, message);
    }
}
