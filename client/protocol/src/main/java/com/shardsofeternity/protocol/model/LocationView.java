package com.shardsofeternity.protocol.model;

import java.util.List;

/** The protocol's {@code location}: a node of the world map and the ids of its neighbors. */
public record LocationView(Long id, String name, List<Long> neighbors) {
}
