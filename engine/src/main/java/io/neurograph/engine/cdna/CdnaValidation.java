package io.neurograph.engine.cdna;

import java.util.List;
import java.util.stream.Collectors;

/** Result of validating a CDNA or a set of scales: issues in the order they were checked. */
public record CdnaValidation(List<Issue> issues) {
    /**
     * One finding; {@code field} is the snake_case name also used in JSON, e.g. "dimension_scales[4]",
     * and {@code message} is a complete sentence that names it.
     */
    public record Issue(Severity severity, String field, String message, double value) {
        @Override
        public String toString() {
            return severity + ": " + message;
        }
    }

    public CdnaValidation {
        issues = List.copyOf(issues);
    }

    /** True when there is no ERROR (warnings allowed). */
    public boolean isValid() {
        return errors().isEmpty();
    }

    public List<Issue> errors() {
        return issues.stream().filter(i -> i.severity() == Severity.ERROR).toList();
    }

    public List<Issue> warnings() {
        return issues.stream().filter(i -> i.severity() != Severity.ERROR).toList();
    }

    /** One line per issue, for exception messages and the terminal. */
    public String describe() {
        return issues.stream().map(Issue::toString).collect(Collectors.joining("; "));
    }
}
