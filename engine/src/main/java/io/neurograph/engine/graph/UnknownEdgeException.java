package io.neurograph.engine.graph;

import java.util.NoSuchElementException;

/** An operation named an edge id that is not in the graph. */
public final class UnknownEdgeException extends NoSuchElementException {
    private final long edgeId;

    public UnknownEdgeException(long edgeId) {
        super("Edge " + Long.toUnsignedString(edgeId) + " is not in the graph");
        this.edgeId = edgeId;
    }

    public long edgeId() {
        return edgeId;
    }
}
