package com.shardsofeternity.server.web;

/** The security roles of the application. */
public final class Roles {
    public static final String PLAYER = "player";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
