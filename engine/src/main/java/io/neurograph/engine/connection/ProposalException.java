package io.neurograph.engine.connection;

/** A proposal was refused; {@link #reason()} says which rule refused it. */
public final class ProposalException extends Exception {
    /** Why a proposal was refused. */
    public enum Reason {
        IMMUTABLE_CONNECTION, INVALID_VALUE, NOT_HYPOTHESIS, CANNOT_DELETE, INSUFFICIENT_EVIDENCE, GUARDIAN_REJECTED,
        NOT_FOUND
    }

    private final Reason reason;

    public ProposalException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
