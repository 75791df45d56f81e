package io.neurograph.engine.store;

import io.neurograph.engine.connection.ConnectionFlags;
import io.neurograph.engine.connection.Mutability;

/**
 * One connection of a bulk creation ({@link ConnectionStore#planCreateAll}): two existing, distinct
 * tokens in either order, a defined type code, the starting confidence (0 … 255 ↔ 0 … 1) and the
 * connection flags (e.g. {@link ConnectionFlags#BIDIRECTIONAL}). An Immutable type keeps its fixed
 * confidence 255 whatever is asked ({@link Mutability#IMMUTABLE}).
 */
public record ConnectionRequest(long tokenA, long tokenB, int typeCode, int confidence, int flags) {
    public ConnectionRequest {
        ConnectionValidation.requireType(typeCode);
        ConnectionValidation.requireByte("confidence", confidence);
        ConnectionValidation.requireByte("flags", flags);
    }

    /** Without flags. */
    public ConnectionRequest(long tokenA, long tokenB, int typeCode, int confidence) {
        this(tokenA, tokenB, typeCode, confidence, 0);
    }
}
