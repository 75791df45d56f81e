package io.neurograph.engine.graph;

/** An edge as stored: endpoints, type code (0..255), weight and whether it may be walked backwards. */
public record EdgeInfo(long from, long to, int type, float weight, boolean bidirectional) {
}
