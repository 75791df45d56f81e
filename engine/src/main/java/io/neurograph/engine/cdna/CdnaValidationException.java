package io.neurograph.engine.cdna;

/** A CDNA was refused because validation found errors; {@link #validation()} lists every issue. */
public final class CdnaValidationException extends IllegalArgumentException {
    private final transient CdnaValidation validation;

    public CdnaValidationException(String what, CdnaValidation validation) {
        super(what + " is invalid: " + validation.describe());
        this.validation = validation;
    }

    public CdnaValidation validation() {
        return validation;
    }
}
