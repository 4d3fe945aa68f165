package com.shardsofeternity.server.it;

import java.util.Optional;

/** What every HTTP helper of these tests answers with: enough to judge a reply. */
public interface HttpAnswer {

    int status();

    String body();

    Optional<String> header(String name);
}
