package io.neurograph.engine.graph;

import java.util.NoSuchElementException;

/** An operation named a node that is not in the graph. */
public final class UnknownNodeException extends NoSuchElementException {
    private final long node;

    public UnknownNodeException(long node) {
        super("Node " + node + " is not in the graph");
        this.node = node;
    }

    public long node() {
        return node;
    }
}
