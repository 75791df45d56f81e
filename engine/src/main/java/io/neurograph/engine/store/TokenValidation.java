package io.neurograph.engine.store;

import io.neurograph.engine.token.Token;

/** Input checks shared by token creation and update (shape of the data, not CDNA policy). */
final class TokenValidation {
    private TokenValidation() {
    }

    static void requireWeight(float weight) {
        if (!Float.isFinite(weight)) {
            throw new InvalidTokenException("weight", weight + " is not a finite number");
        }
    }

    static void requireLabel(String label) {
        if (label.isBlank()) {
            throw new InvalidTokenException("label", "must not be blank");
        }
        if (label.length() > TokenStore.MAX_LABEL_LENGTH) {
            throw new InvalidTokenException("label", "is " + label.length() + " characters long; the limit is "
                    + TokenStore.MAX_LABEL_LENGTH);
        }
    }

    /** Checks a whole token to be created; a null label is allowed (the token has none). */
    static void requireValid(Token token, String label) {
        requireWeight(token.weight());
        if (label != null) {
            requireLabel(label);
        }
    }
}
