package com.shardsofeternity.protocol.model;

/** {@code POST /api/party/create}. */
public record CreatePartyRequest(String name) {
}
