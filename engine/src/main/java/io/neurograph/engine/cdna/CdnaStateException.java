package io.neurograph.engine.cdna;

/** A CDNA operation is not possible in the manager's current state (e.g. nothing to roll back to). */
public final class CdnaStateException extends IllegalStateException {
    public CdnaStateException(String message) {
        super(message);
    }
}
