package io.neurograph.tiro.ui.cdna;

import io.neurograph.engine.cdna.Cdna;
import io.neurograph.engine.cdna.ProfileId;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * How a draft reaches the engine, chosen so that the GUI action has an exact {@code tiro} equivalent:
 * a draft that only changes scales is {@code cdna set --scales}, a draft equal to a profile preset is
 * {@code cdna profile NAME}, anything else is written to a JSON file and applied as {@code cdna import FILE}.
 */
record ApplyPlan(Kind kind, Cdna draft) {
    enum Kind { SCALES, PROFILE, FILE }

    /** Empty when the draft changes nothing in force. */
    static Optional<ApplyPlan> of(Cdna active, Cdna draft) {
        List<DiffRow> changes = CdnaDiff.changes(active, draft);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        if (changes.stream().allMatch(r -> r.field().startsWith("dimension_scales["))) {
            return Optional.of(new ApplyPlan(Kind.SCALES, draft));
        }
        ProfileId profile = draft.profile();
        if (profile != ProfileId.CUSTOM && CdnaDiff.changes(Cdna.forProfile(profile, 0), draft).isEmpty()) {
            return Optional.of(new ApplyPlan(Kind.PROFILE, draft));
        }
        return Optional.of(new ApplyPlan(Kind.FILE, draft));
    }

    /** A quarantine trial takes scales or a profile on the command line, not a file. */
    boolean canTrial() {
        return kind != Kind.FILE;
    }

    /** {@code cdna set --scales …} or {@code cdna profile NAME}; the file form is built by the caller. */
    String applyCommand() {
        return switch (kind) {
            case SCALES -> "cdna set --scales " + scales();
            case PROFILE -> "cdna profile " + draft.profile().key();
            case FILE -> throw new IllegalStateException("a file plan is echoed with its file");
        };
    }

    String trialCommand(long durationSeconds) {
        String candidate = switch (kind) {
            case SCALES -> "--scales " + scales();
            case PROFILE -> "--profile " + draft.profile().key();
            case FILE -> throw new IllegalStateException("a trial needs scales or a profile");
        };
        return "cdna quarantine start " + candidate + " --duration " + durationSeconds;
    }

    private String scales() {
        StringJoiner joined = new StringJoiner(",");
        for (float s : draft.dimensionScales()) {
            joined.add(Float.toString(s));
        }
        return joined.toString();
    }
}
