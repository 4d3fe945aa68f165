package com.shardsofeternity.server.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The node-local counter, used unless the cluster package provides a shared one. */
@ApplicationScoped
public class RateCounterProducer {

    private final InMemoryRateCounter local = new InMemoryRateCounter();

    @Produces
    @ApplicationScoped
    RateCounter rateCounter() {
        return local;
    }

    public InMemoryRateCounter local() {
        return local;
    }
}
