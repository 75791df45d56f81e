package io.neurograph.engine.cdna;

/** A CDNA JSON document could not be read; {@link #field()} names the JSON field at fault, if any. */
public final class CdnaJsonException extends IllegalArgumentException {
    private final String field;

    public CdnaJsonException(String field, String message) {
        super(field == null ? message : "CDNA JSON field '" + field + "': " + message);
        this.field = field;
    }

    /** The offending JSON field, e.g. "bucket_sizes[3]", or null for a document-level problem. */
    public String field() {
        return field;
    }
}
