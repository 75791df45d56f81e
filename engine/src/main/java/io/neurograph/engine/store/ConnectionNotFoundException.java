package io.neurograph.engine.store;

import java.util.NoSuchElementException;

/** An operation named a connection id that is not in the store (never created, or deleted). */
public final class ConnectionNotFoundException extends NoSuchElementException {
    private final long id;

    public ConnectionNotFoundException(long id) {
        super("Connection " + id + " does not exist");
        this.id = id;
    }

    public long id() {
        return id;
    }
}
