package io.neurograph.engine.connection;

/** A change to a connection proposed by the IntuitionEngine (or a user); applied through the Guardian. */
public sealed interface ConnectionProposal {

    /** Change one field of an existing Learnable or Hypothesis connection; needs evidence ≥ 5. */
    record Modify(long connectionId, ConnectionField field, float oldValue, float newValue, String justification,
                  int evidenceCount) implements ConnectionProposal {
    }

    /** Create a new Hypothesis connection. */
    record Create(long tokenA, long tokenB, int connectionType, float initialStrength, int initialConfidence,
                  String justification) implements ConnectionProposal {
    }

    /** Remove a Hypothesis connection (clears ACTIVE; the store then deletes it). */
    record Delete(long connectionId, String reason) implements ConnectionProposal {
    }

    /** Turn a Hypothesis into a Learnable connection; needs evidence ≥ 20. */
    record Promote(long connectionId, int evidenceCount, String justification) implements ConnectionProposal {
    }
}
