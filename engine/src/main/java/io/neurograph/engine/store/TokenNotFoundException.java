package io.neurograph.engine.store;

import java.util.NoSuchElementException;

/** An operation named a token id that is not in the store (never created, or deleted). */
public final class TokenNotFoundException extends NoSuchElementException {
    private final long id;

    public TokenNotFoundException(long id) {
        super("Token " + id + " does not exist");
        this.id = id;
    }

    public long id() {
        return id;
    }
}
