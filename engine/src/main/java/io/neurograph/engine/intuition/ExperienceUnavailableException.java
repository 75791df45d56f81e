package io.neurograph.engine.intuition;

/** A sequence number outside the window of events the stream still holds. */
public final class ExperienceUnavailableException extends RuntimeException {
    /** Which side of the window the sequence number fell on. */
    public enum Reason {
        /** Older than the oldest event kept: the ring has overwritten it. */
        OVERWRITTEN,
        /** Not written yet. */
        NOT_WRITTEN_YET
    }

    private final Reason reason;
    private final long sequence;

    ExperienceUnavailableException(Reason reason, long sequence, long oldest, long total, int capacity) {
        super(switch (reason) {
            case OVERWRITTEN -> "Experience event " + sequence + " is too old: it was overwritten (the stream keeps "
                    + capacity + " events; sequence numbers " + oldest + ".." + (total - 1) + " are available)";
            case NOT_WRITTEN_YET -> "Experience event " + sequence + " doesn't exist yet: " + (total == 0
                    ? "no events have been written" : total + " events have been written, the newest is " + (total - 1));
        });
        this.reason = reason;
        this.sequence = sequence;
    }

    public Reason reason() {
        return reason;
    }

    public long sequence() {
        return sequence;
    }
}
