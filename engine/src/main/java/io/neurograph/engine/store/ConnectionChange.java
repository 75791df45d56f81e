package io.neurograph.engine.store;

import io.neurograph.engine.connection.Connection;

/**
 * One planned change to the connection store. Plans are computed first, then persisted, then
 * applied with {@link ConnectionStore#apply}, so memory and disk receive the same change.
 */
public sealed interface ConnectionChange {
    long id();

    /** A new connection under a fresh id. */
    record Insert(long id, Connection connection) implements ConnectionChange {
    }

    /** New state of an existing connection. */
    record Replace(long id, Connection connection) implements ConnectionChange {
    }

    /** Removal; {@code previous} is the state being removed (for events and the graph). */
    record Remove(long id, Connection previous) implements ConnectionChange {
    }
}
