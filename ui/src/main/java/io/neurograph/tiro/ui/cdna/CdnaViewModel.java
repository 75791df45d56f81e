package io.neurograph.tiro.ui.cdna;

import io.neurograph.engine.Engine;
import io.neurograph.engine.cdna.Cdna;
import io.neurograph.engine.cdna.CdnaHistoryEntry;
import io.neurograph.engine.cdna.CdnaJson;
import io.neurograph.engine.cdna.CdnaValidation;
import io.neurograph.engine.cdna.CdnaValidation.Issue;
import io.neurograph.engine.cdna.ProfileId;
import io.neurograph.engine.cdna.QuarantineLimits;
import io.neurograph.engine.cdna.QuarantineOutcome;
import io.neurograph.engine.cdna.QuarantineStatus;
import io.neurograph.engine.cdna.Severity;
import io.neurograph.engine.event.Subscription;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.support.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The CDNA editor's state. The user edits a <em>draft</em> CDNA (undoable, validated live by the engine's own
 * validator and compared with the CDNA in force or a preset); applying it, a quarantine trial, rollback,
 * import and export go to {@code engine.cdna()} through the executor and are echoed as their {@code tiro}
 * command. Used on the FX thread.
 */
public final class CdnaViewModel {
    /** Default trial length, as {@code cdna quarantine start --duration}. */
    static final int DEFAULT_TRIAL_SECONDS = 300;

    private final Engine engine;
    private final FeatureContext context;
    private final Messages messages;
    private final DraftHistory edits = new DraftHistory();

    private final ReadOnlyObjectWrapper<Cdna> active = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Cdna> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CdnaValidation> validation = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Issue> issues = FXCollections.observableArrayList();
    private final List<ReadOnlyObjectWrapper<Severity>> zones = new ArrayList<>();
    private final ObjectProperty<CompareTarget> compareTarget = new SimpleObjectProperty<>(CompareTarget.ACTIVE);
    private final ObservableList<DiffRow> diff = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ApplyPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper rawJson = new ReadOnlyStringWrapper("");
    private final ObservableList<CdnaHistoryEntry> history = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<QuarantineStatus> trial = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty trialSeconds = new SimpleIntegerProperty(DEFAULT_TRIAL_SECONDS);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private boolean polling;
    /** The user accepted or rolled back the trial, so its end is no surprise worth a notification. */
    private boolean trialEndedHere;
    /** Set by a change of the engine: the next reload replaces the draft with what is now in force. */
    private boolean followEngine = true;

    public CdnaViewModel(FeatureContext context) {
        this.context = context;
        this.engine = context.engine();
        this.messages = context.messages();
        for (int d = 0; d < 8; d++) {
            zones.add(new ReadOnlyObjectWrapper<>());
        }
        draft.addListener((o, was, now) -> recompute());
        active.addListener((o, was, now) -> recompute());
        compareTarget.addListener((o, was, now) -> recompute());
    }

    // ---- reading the engine ---------------------------------------------------------------------

    /** Reloads the CDNA in force, history and trial; a pending edit is kept, otherwise the draft follows. */
    public void refresh() {
        run(() -> new EngineView(engine.cdna().current(), engine.cdna().history(),
                engine.cdna().quarantineStatus().orElse(null)), this::show, "cdna.error.load");
    }

    /**
     * Called once a second: reloads when {@code changes} (CDNA events) saw another actor, such as the Terminal,
     * change the CDNA, and polls a running trial (the poll enforces its limits). Skipped while a poll is in
     * flight.
     */
    public void poll(Subscription changes) {
        if (polling) {
            return;
        }
        polling = true;
        boolean trialRuns = trial.get() != null;
        context.executor().execute(() -> new Poll(changes.drain(e -> { }, Integer.MAX_VALUE) > 0,
                trialRuns ? engine.cdna().quarantineStatus().orElse(null) : null), poll -> {
            polling = false;
            if (trialRuns && poll.trial() == null && !trialEndedHere) {
                context.notifier().info(messages.get("cdna.trial.title"), messages.get("cdna.trial.ended"));
            }
            if (poll.changed() || (trialRuns && poll.trial() == null)) {
                refresh();
            } else if (trialRuns) {
                trial.set(poll.trial());
            }
        }, failure -> {
            polling = false;
            context.notifier().error(messages.get("cdna.error.load"), failure);
        });
    }

    private record Poll(boolean changed, QuarantineStatus trial) {
    }

    private record EngineView(Cdna current, List<CdnaHistoryEntry> history, QuarantineStatus trial) {
    }

    private void show(EngineView view) {
        boolean keepDraft = !followEngine && plan.get() != null;
        followEngine = false;
        history.setAll(view.history());
        trial.set(view.trial());
        if (keepDraft) {
            active.set(view.current());
        } else {
            draft.set(view.current());
            active.set(view.current());
            edits.clear();
        }
    }

    // ---- editing the draft ----------------------------------------------------------------------

    public void setScale(int dimension, double value) {
        float v = (float) value;
        if (Float.compare(draft.get().dimensionScale(dimension), v) != 0) {
            edit(c -> c.edit().dimensionScale(dimension, v).build(now()));
        }
    }

    public void setLimit(CdnaLimit limit, long value) {
        if (limit.of(draft.get()) != value) {
            edit(c -> limit.write(c.edit(), value).build(now()));
        }
    }

    public void setFlag(CdnaFlag flag, boolean on) {
        if (draft.get().hasFlag(flag.bit()) != on) {
            edit(c -> c.edit().flag(flag.bit(), on).build(now()));
        }
    }

    /** Replaces the draft with a profile preset (apply it to switch profile). */
    public void loadProfile(ProfileId profile) {
        edit(c -> Cdna.forProfile(profile, now()));
    }

    /** Replaces the draft with an earlier version, to compare it or to apply it again. */
    public void loadVersion(CdnaHistoryEntry entry) {
        edit(c -> entry.cdna());
    }

    /** Drops the pending edit (undoable). */
    public void discard() {
        edit(c -> active.get());
    }

    public void undo() {
        edits.undo().ifPresent(e -> draft.set(e.before()));
    }

    public void redo() {
        edits.redo().ifPresent(e -> draft.set(e.after()));
    }

    private void edit(UnaryOperator<Cdna> change) {
        Cdna before = draft.get();
        Cdna after = change.apply(before);
        if (after != before) {
            edits.record(new DraftEdit(before, after));
            draft.set(after);
        }
    }

    private void recompute() {
        Cdna d = draft.get();
        Cdna a = active.get();
        if (d == null || a == null) {
            return;
        }
        CdnaValidation v = d.validate();
        validation.set(v);
        issues.setAll(v.issues());
        for (int i = 0; i < zones.size(); i++) {
            String field = "dimension_scales[" + i + "]";
            zones.get(i).set(v.issues().stream().filter(x -> x.field().equals(field)).map(Issue::severity)
                    .findFirst().orElse(null));
        }
        diff.setAll(CdnaDiff.between(compareTarget.get().base(a), d));
        plan.set(ApplyPlan.of(a, d).orElse(null));
        rawJson.set(CdnaJson.toJson(d));
    }

    // ---- changing the engine --------------------------------------------------------------------

    /** Puts the draft in force (as {@code cdna set}, {@code cdna profile} or {@code cdna import}). */
    public void apply() {
        ApplyPlan p = plan.get();
        if (p == null || !validation.get().isValid()) {
            return;
        }
        change(() -> switch (p.kind()) {
            case SCALES -> {
                engine.cdna().setScales(p.draft().dimensionScales());
                yield p.applyCommand();
            }
            case PROFILE -> {
                engine.cdna().switchProfile(p.draft().profile());
                yield p.applyCommand();
            }
            case FILE -> {
                Path file = editFile(p.draft());
                engine.cdna().importJson(Files.readString(file, StandardCharsets.UTF_8));
                yield "cdna import " + ShellWords.quote(file.toString());
            }
        }, "cdna.applied", "cdna.error.apply");
    }

    /** Puts the draft in force on trial for {@link #trialSecondsProperty()} seconds with the default limits. */
    public void startTrial() {
        ApplyPlan p = plan.get();
        if (p == null || !p.canTrial() || !validation.get().isValid()) {
            return;
        }
        long seconds = trialSeconds.get();
        trialEndedHere = false;
        change(() -> {
            engine.cdna().startQuarantine(p.draft(), QuarantineLimits.DEFAULTS, seconds);
            return p.trialCommand(seconds);
        }, "cdna.trial.started", "cdna.error.trial");
    }

    public void acceptTrial() {
        endTrial(() -> engine.cdna().acceptQuarantine(), "cdna quarantine accept");
    }

    public void rollbackTrial() {
        endTrial(() -> engine.cdna().rollbackQuarantine(), "cdna quarantine rollback");
    }

    /** Returns to the version replaced last, as {@code cdna rollback}. */
    public void rollback() {
        change(() -> {
            engine.cdna().rollback();
            return "cdna rollback";
        }, "cdna.rolledBack", "cdna.error.rollback");
    }

    public void exportTo(Path file) {
        change(() -> {
            Files.writeString(file, engine.cdna().exportJson(), StandardCharsets.UTF_8);
            return "cdna export " + ShellWords.quote(file.toString());
        }, "cdna.exported", "cdna.error.export");
    }

    /** Reads, validates and applies a JSON file, as {@code cdna import FILE}. */
    public void importFrom(Path file) {
        change(() -> {
            engine.cdna().importJson(Files.readString(file, StandardCharsets.UTF_8));
            return "cdna import " + ShellWords.quote(file.toString());
        }, "cdna.imported", "cdna.error.import");
    }

    private void endTrial(Callable<QuarantineOutcome> end, String command) {
        trialEndedHere = true;
        run(end, outcome -> {
            context.journal().echo(command);
            context.notifier().info(messages.get("cdna.trial.title"), outcome.accepted()
                    ? messages.get("cdna.trial.accepted") : messages.get("cdna.trial.rolledBack"));
            afterChange();
        }, "cdna.error.trial");
    }

    /** Runs an engine change that returns its command line, echoes it, tells the user and reloads. */
    private void change(Callable<String> work, String doneKey, String failureKey) {
        run(work, command -> {
            context.journal().echo(command);
            context.notifier().info(messages.get("cdna.title"), messages.get(doneKey));
            afterChange();
        }, failureKey);
    }

    private void afterChange() {
        followEngine = true;
        refresh();
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess, String failureKey) {
        busy.set(true);
        context.executor().execute(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            context.notifier().error(messages.get(failureKey), failure);
        });
    }

    /**
     * Where a draft that only {@code cdna import} can express is written: {@code cdna-edits/} in the data
     * folder, so the echoed command can be run again later (a temporary folder for an in-memory engine).
     */
    private Path editFile(Cdna cdna) throws IOException {
        Path dataDir = engine.config().dataDir();
        Path folder = dataDir == null ? Files.createTempDirectory("tiro-cdna-edits")
                : Files.createDirectories(dataDir.resolve("cdna-edits"));
        return Files.writeString(folder.resolve("cdna-" + cdna.modifiedAt() + "-" + Long.toHexString(cdna.checksum())
                + ".json"), CdnaJson.toJson(cdna), StandardCharsets.UTF_8);
    }

    private long now() {
        return engine.config().clock().nowSeconds();
    }

    // ---- properties -----------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Cdna> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Cdna> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CdnaValidation> validationProperty() {
        return validation.getReadOnlyProperty();
    }

    /** Errors and caution/danger warnings of the draft, from the engine's validator. */
    public ObservableList<Issue> issues() {
        return FXCollections.unmodifiableObservableList(issues);
    }

    /** The caution or danger zone a scale is in (null when neither), as the engine's validator judges it. */
    public ReadOnlyObjectProperty<Severity> zoneProperty(int dimension) {
        return zones.get(dimension).getReadOnlyProperty();
    }

    public ObjectProperty<CompareTarget> compareTargetProperty() {
        return compareTarget;
    }

    public ObservableList<DiffRow> diff() {
        return FXCollections.unmodifiableObservableList(diff);
    }

    /** Null when the draft equals the CDNA in force. */
    ReadOnlyObjectProperty<ApplyPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rawJsonProperty() {
        return rawJson.getReadOnlyProperty();
    }

    public ObservableList<CdnaHistoryEntry> history() {
        return FXCollections.unmodifiableObservableList(history);
    }

    /** The running trial, or null. */
    public ReadOnlyObjectProperty<QuarantineStatus> trialProperty() {
        return trial.getReadOnlyProperty();
    }

    public IntegerProperty trialSecondsProperty() {
        return trialSeconds;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return edits.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return edits.canRedoProperty();
    }

    /** Apply is possible: something changed, the validator finds no error, nothing runs, no trial is on. */
    public BooleanBinding canApply() {
        return Bindings.createBooleanBinding(() -> plan.get() != null && validation.get() != null
                && validation.get().isValid() && !busy.get() && trial.get() == null, plan, validation, busy, trial);
    }

    public BooleanBinding canTrial() {
        BooleanBinding canApply = canApply();
        return Bindings.createBooleanBinding(() -> canApply.get() && plan.get().canTrial(), canApply, plan);
    }
}
