package io.neurograph.engine.store;

/** A label is already carried by another token; labels are unique. */
public final class DuplicateLabelException extends IllegalArgumentException {
    private final String label;
    private final long existingId;

    public DuplicateLabelException(String label, long existingId) {
        super(existingId > 0
                ? "Label '" + label + "' is already used by token " + existingId
                : "Label '" + label + "' appears more than once in the batch");
        this.label = label;
        this.existingId = existingId;
    }

    public String label() {
        return label;
    }

    /** The token that holds the label, or 0 when the clash is inside one batch. */
    public long existingId() {
        return existingId;
    }
}
