package io.neurograph.engine.reflex;

import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;

/** How alike two tokens' positions are, for the fast path. */
public final class TokenSimilarity {
    private TokenSimilarity() {
    }

    /**
     * Cosine of the two tokens' decoded coordinates over the spaces defined in both (a space whose raw
     * X is the "undefined" marker is left out). Two positions that are both at the origin of every
     * shared space are the same place: 1. One at the origin and one not, or no shared space: 0.
     */
    public static double cosine(Token a, Token b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        boolean shared = false;
        for (CoordinateSpace space : CoordinateSpace.values()) {
            if (!a.isDefined(space) || !b.isDefined(space)) {
                continue;
            }
            shared = true;
            for (int axis = 0; axis < 3; axis++) {
                double x = space.decode(a.raw(space, axis));
                double y = space.decode(b.raw(space, axis));
                dot += x * y;
                na += x * x;
                nb += y * y;
            }
        }
        if (!shared) {
            return 0;
        }
        if (na == 0 || nb == 0) {
            return na == nb ? 1 : 0;
        }
        return dot / Math.sqrt(na * nb);
    }
}
