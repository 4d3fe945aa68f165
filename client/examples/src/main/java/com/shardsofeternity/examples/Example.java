package com.shardsofeternity.examples;

/** One entry of the examples menu. */
interface Example {

    /** What the menu shows. */
    String title();

    /** Runs against the server the demo is configured for; the demo's players are closed afterwards. */
    void run(Demo demo) throws Exception;
}
