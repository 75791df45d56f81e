package io.neurograph.engine.capsule.cgraph;

/** The verification result of one capsule; {@code problem} is null when it is ok. */
public record CapsuleCheck(int index, String name, boolean ok, String problem) {
}
