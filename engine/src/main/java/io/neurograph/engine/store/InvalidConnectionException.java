package io.neurograph.engine.store;

/** A connection value cannot be stored: {@link #field()} names the offending input. */
public final class InvalidConnectionException extends IllegalArgumentException {
    private final String field;

    public InvalidConnectionException(String field, String problem) {
        super("Invalid connection " + field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
