package io.neurograph.engine.store;

/** Ids are never reused and a token record holds a 32-bit id, so a store can run out of them. */
public final class IdSpaceExhaustedException extends IllegalStateException {
    public IdSpaceExhaustedException(String what, long nextId, long requested, long maxId) {
        super("Cannot allocate " + requested + " " + what + " id(s) from " + nextId + ": the largest id is " + maxId);
    }
}
