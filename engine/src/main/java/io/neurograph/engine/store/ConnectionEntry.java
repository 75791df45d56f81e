package io.neurograph.engine.store;

import io.neurograph.engine.connection.Connection;

/** A stored connection with its id. The {@link Connection} is a private copy: changing it changes nothing stored. */
public record ConnectionEntry(long id, Connection connection) {
}
