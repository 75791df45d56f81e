package io.neurograph.engine.graph;

/** A neighbouring node and the edge that leads to it. */
public record Adjacent(long node, long edgeId) {
}
