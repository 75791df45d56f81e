package io.neurograph.engine.store;

/** A token value cannot be stored: {@link #field()} names the offending input. */
public final class InvalidTokenException extends IllegalArgumentException {
    private final String field;

    public InvalidTokenException(String field, String problem) {
        super("Invalid token " + field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
