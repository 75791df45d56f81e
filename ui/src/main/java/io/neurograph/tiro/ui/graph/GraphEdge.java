package io.neurograph.tiro.ui.graph;

/**
 * A connection on screen, with the fields the filters look at.
 *
 * @param confidence 0 … 1 (the graph's edge weight)
 * @param weight the pull strength, which the CDNA limits as the connection weight
 */
public record GraphEdge(long id, long tokenA, long tokenB, int type, double confidence, double weight) {

    public boolean touches(long node) {
        return tokenA == node || tokenB == node;
    }

    public long other(long node) {
        return tokenA == node ? tokenB : tokenA;
    }
}
