package io.neurograph.engine.capsule.cgraph;

/** A node of a capsule, for inspection only: the graph blob is what runs. */
public record NodeSpec(String name, String op) {
}
