package io.neurograph.engine.connection;

/** How a connection may learn: 0 Immutable (facts), 1 Learnable, 2 Hypothesis (experimental, decays). */
public enum Mutability {
    IMMUTABLE, LEARNABLE, HYPOTHESIS;

    private static final Mutability[] VALUES = values();

    public int code() {
        return ordinal();
    }

    public static Mutability of(int code) {
        if (code < 0 || code >= VALUES.length) {
            throw new IllegalArgumentException("Mutability must be 0, 1 or 2, got " + code);
        }
        return VALUES[code];
    }
}
