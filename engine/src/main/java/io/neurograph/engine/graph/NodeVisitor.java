package io.neurograph.engine.graph;

/** Receives nodes in traversal order with their depth (hops from the start, which has depth 0). */
@FunctionalInterface
public interface NodeVisitor {
    void visit(long node, int depth);
}
