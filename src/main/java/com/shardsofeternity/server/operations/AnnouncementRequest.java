package com.shardsofeternity.server.operations;

/** The body of {@code POST /api/admin/announcements}. */
public record AnnouncementRequest(String message) {
}
