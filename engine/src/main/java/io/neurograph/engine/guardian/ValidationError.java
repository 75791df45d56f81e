package io.neurograph.engine.guardian;

/** One CDNA rule a token or connection broke; {@code message} names the field and the allowed range. */
public record ValidationError(String field, String message, double value) {
    @Override
    public String toString() {
        return message;
    }
}
