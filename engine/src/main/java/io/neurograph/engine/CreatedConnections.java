package io.neurograph.engine;

/**
 * Outcome of {@link ConnectionService#createAll}: the ids of the connections created (consecutive,
 * in request order) and how many requests were skipped because their pair already had a
 * connection of that type.
 */
public record CreatedConnections(long[] ids, int skipped) {
    public int created() {
        return ids.length;
    }
}
