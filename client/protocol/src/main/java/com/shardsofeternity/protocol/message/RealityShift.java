package com.shardsofeternity.protocol.message;

/** The world's reality changed because stability crossed a threshold. */
public record RealityShift(String previousReality, String newReality, Double realityStability, String reason) {
}
