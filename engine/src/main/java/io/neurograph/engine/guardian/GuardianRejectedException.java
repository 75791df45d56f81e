package io.neurograph.engine.guardian;

import java.util.List;
import java.util.stream.Collectors;

/** A write broke the CDNA in force; the message lists every broken rule. */
public final class GuardianRejectedException extends IllegalArgumentException {
    private final transient List<ValidationError> errors;

    public GuardianRejectedException(String subject, List<ValidationError> errors) {
        super(subject + " was rejected by the CDNA: "
                + errors.stream().map(ValidationError::message).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<ValidationError> errors() {
        return errors;
    }
}
