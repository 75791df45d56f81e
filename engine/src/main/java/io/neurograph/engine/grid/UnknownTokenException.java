package io.neurograph.engine.grid;

import java.util.NoSuchElementException;

/** A grid query named a token id that was never put into the grid (or was removed). */
public final class UnknownTokenException extends NoSuchElementException {
    private final long id;

    public UnknownTokenException(long id) {
        super("Token " + id + " is not in the grid");
        this.id = id;
    }

    public long id() {
        return id;
    }
}
