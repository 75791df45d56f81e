package io.neurograph.engine;

import io.neurograph.engine.cdna.Cdna;
import io.neurograph.engine.cdna.CdnaHistoryEntry;
import io.neurograph.engine.cdna.CdnaJson;
import io.neurograph.engine.cdna.CdnaManager;
import io.neurograph.engine.cdna.ProfileId;
import io.neurograph.engine.cdna.QuarantineLimits;
import io.neurograph.engine.cdna.QuarantineOutcome;
import io.neurograph.engine.cdna.QuarantineStatus;
import java.util.List;
import java.util.Optional;

/**
 * CDNA operations with persistence: each change goes through the {@link CdnaManager} (validation,
 * history, events, metrics) and the resulting state — current CDNA, history, quarantine trial — is
 * then committed to the repository and the grid's bucket sizes follow the CDNA in force. The manager
 * changes its state before the commit: if the commit fails, memory is ahead of the disk until the
 * next successful CDNA save, and the {@code StoreException} says so to the caller.
 */
public final class CdnaService {
    private final EngineCore core;

    CdnaService(EngineCore core) {
        this.core = core;
    }

    public Cdna current() {
        return core.cdna.current();
    }

    /** Previous versions, newest first. */
    public List<CdnaHistoryEntry> history() {
        return core.cdna.history();
    }

    /** Makes {@code next} the CDNA in force; the replaced one goes into history. */
    public Cdna apply(Cdna next) {
        return change(() -> core.cdna.apply(next));
    }

    /** Sets the eight dimension scales of the current CDNA, keeping its profile id and other fields. */
    public Cdna setScales(float[] scales) {
        if (scales == null || scales.length != 8) {
            throw new IllegalArgumentException("Exactly 8 dimension scales are needed, got "
                    + (scales == null ? "none" : scales.length));
        }
        return change(() -> core.cdna.apply(core.cdna.current().edit().dimensionScales(scales).build(core.now())));
    }

    /** Replaces the CDNA with the preset of {@code profile}. */
    public Cdna switchProfile(ProfileId profile) {
        return change(() -> core.cdna.apply(Cdna.forProfile(profile, core.now())));
    }

    /** Returns to the CDNA that was replaced last. */
    public Cdna rollback() {
        return change(core.cdna::rollback);
    }

    /** Puts {@code candidate} in force on trial; it is rolled back automatically if a limit is exceeded. */
    public Cdna startQuarantine(Cdna candidate, QuarantineLimits limits, long durationSeconds) {
        return change(() -> core.cdna.startQuarantine(candidate, limits, durationSeconds));
    }

    /** The trial in progress after enforcing its limits; empty when none runs. */
    public Optional<QuarantineStatus> quarantineStatus() {
        return core.write(() -> {
            core.cdna.tick();
            return core.cdna.quarantineStatus();
        });
    }

    public QuarantineOutcome acceptQuarantine() {
        return core.write(() -> {
            QuarantineOutcome outcome = core.cdna.acceptQuarantine();
            core.cdnaChanged();
            return outcome;
        });
    }

    public QuarantineOutcome rollbackQuarantine() {
        return core.write(() -> {
            QuarantineOutcome outcome = core.cdna.rollbackQuarantine();
            core.cdnaChanged();
            return outcome;
        });
    }

    /** The current CDNA as JSON. */
    public String exportJson() {
        return CdnaJson.toJson(core.cdna.current());
    }

    /** Parses a CDNA from JSON and applies it. */
    public Cdna importJson(String json) {
        return apply(CdnaJson.fromJson(json, core.now()));
    }

    private Cdna change(Runnable operation) {
        return core.write(() -> {
            operation.run();
            core.cdnaChanged();
            return core.cdna.current();
        });
    }
}
