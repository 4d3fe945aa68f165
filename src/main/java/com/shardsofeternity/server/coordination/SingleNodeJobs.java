package com.shardsofeternity.server.coordination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Duration;

/** On a single node every job runs here. */
@ApplicationScoped
@Typed(SingleNodeJobs.class)
public class SingleNodeJobs implements SingletonJobs {

    @Override
    public boolean mayRun(String job, Duration lease) {
        return true;
    }
}
