package io.neurograph.engine.query;

/** A query or feedback the engine cannot answer; the message says what to do instead. */
public class QueryException extends RuntimeException {
    public QueryException(String message) {
        super(message);
    }
}
