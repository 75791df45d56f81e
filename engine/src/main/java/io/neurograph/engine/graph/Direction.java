package io.neurograph.engine.graph;

/** Which edges of a node a neighbour query follows. */
public enum Direction {
    /** Targets of the node's out-edges. */
    OUTGOING,
    /** Sources of the node's in-edges. */
    INCOMING,
    /** Out-edge targets plus the sources of in-edges that are bidirectional (upstream semantics). */
    BOTH
}
