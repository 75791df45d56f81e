package io.neurograph.engine.cdna;

/** Where a quarantine trial stands. */
public enum QuarantinePhase {
    RUNNING,
    /** The trial time is over; the trial stays in force until it is accepted or rolled back. */
    EXPIRED_AWAITING_DECISION
}
