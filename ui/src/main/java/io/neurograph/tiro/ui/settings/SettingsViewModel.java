package io.neurograph.tiro.ui.settings;

import io.neurograph.engine.ModelSettings;
import io.neurograph.engine.embed.SentenceModel;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.shell.ThemeChoice;
import io.neurograph.tiro.ui.shell.UiStateStore;
import io.neurograph.tiro.ui.support.Messages;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Settings tab's state. The theme is the window's own property; the language is remembered in the ui
 * state file and applies at the next start; the data folder is moved by {@link DataFolderMove} and used
 * from the next start; the heap goes to the launcher's configuration; threads and default model are saved and
 * handed to the engine ({@link io.neurograph.engine.ModelRuntimes#configure}), which opens models with them from
 * then on (and from every start: {@link SettingsFeature#applySaved}). None of these has a {@code tiro} command (the
 * CLI takes threads and model as options of the commands that run models), so nothing is echoed.
 * Used on the FX thread; file work goes through the executor.
 */
public final class SettingsViewModel {
    private static final int MIB = 1024 * 1024;

    private final FeatureContext context;
    private final Messages messages;
    private final SettingsPaths paths;
    private final UiStateStore uiState;
    private final HeapSetting heap;

    private final ObjectProperty<LanguageChoice> language;
    private final LanguageChoice languageAtStart;
    private final ReadOnlyBooleanWrapper languageNeedsRestart = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper dataFolder = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper moveStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper restartNeeded = new ReadOnlyBooleanWrapper();
    private final IntegerProperty heapMiB = new SimpleIntegerProperty((int) (Runtime.getRuntime().maxMemory() / MIB));
    private final ReadOnlyStringWrapper heapStatus = new ReadOnlyStringWrapper("");
    private final IntegerProperty threads = new SimpleIntegerProperty(EngineSettings.defaults().threads());
    private final StringProperty defaultModel = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper threadsNotice = new ReadOnlyStringWrapper("");
    private int threadsClampedTo;
    private final ReadOnlyStringWrapper engineStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public SettingsViewModel(FeatureContext context, SettingsPaths paths) {
        this.context = context;
        this.messages = context.messages();
        this.paths = paths;
        this.uiState = new UiStateStore(paths.uiStateFile());
        this.heap = HeapSetting.locate(paths.launcher(), paths.configDir());
        this.languageAtStart = LanguageChoice.of(uiState.load().language());
        this.language = new SimpleObjectProperty<>(languageAtStart);
        language.addListener((o, was, now) -> saveLanguage(now));
        dataFolder.set(paths.dataDir().map(Path::toString).orElse(messages.get("settings.data.inMemory")));
    }

    /** Reads the saved heap, threads and model. */
    public void load() {
        run(() -> new Saved(heap.readMiB().orElse(heapMiB.get()), EngineSettings.load(engineSettingsFile())), saved -> {
            heapMiB.set(saved.heapMiB());
            threads.set(saved.engine().threads());
            defaultModel.set(saved.engine().defaultModel());
        }, "settings.error.load");
    }

    private record Saved(int heapMiB, EngineSettings engine) {
    }

    private void saveLanguage(LanguageChoice choice) {
        run(() -> {
            uiState.saveLanguage(choice.locale());
            return choice;
        }, saved -> languageNeedsRestart.set(saved != languageAtStart), "settings.error.save");
    }

    /**
     * Copies the data folder to {@code target}, verifies the copy and points the next start at it. The engine
     * keeps using the old folder until the restart, so the user is asked to restart at once.
     */
    public void moveDataFolder(Path target) {
        if (!canMove()) {
            return;
        }
        AutoCloseable job = context.jobs().started();
        moveStatus.set(messages.format("settings.data.copying", target));
        run(() -> new DataFolderMove(paths.configDir()).move(paths.dataDir().orElseThrow(), target), files -> {
            closeQuietly(job);
            moveStatus.set(messages.format("settings.data.moved", files, target));
            restartNeeded.set(true);
        }, failure -> {
            closeQuietly(job);
            moveStatus.set(messages.get("settings.data.notMoved"));
        }, "settings.error.move");
    }

    /** Moving needs a real data folder, and {@code TIRO_HOME} would win over the new location. */
    public boolean canMove() {
        return paths.dataDir().isPresent() && paths.tiroHome().isEmpty() && !restartNeeded.get();
    }

    public void saveHeap() {
        int mib = heapMiB.get();
        run(() -> {
            heap.writeMiB(mib);
            return heap.file();
        }, file -> heapStatus.set(messages.format("settings.heap.written", mib, file)), "settings.error.save");
    }

    /**
     * Checks the model (an {@code .onnx} or {@code .cgraph} file with {@code tokenizer.json} beside it), saves both
     * settings and applies them to the engine; a model that does not qualify is refused with the missing file named.
     */
    public void saveEngineSettings() {
        EngineSettings settings = new EngineSettings(threads.get(), defaultModel.get().strip());
        engineStatus.set("");
        run(() -> {
            ModelSettings model = settings.toModel();
            model.sentenceModel().ifPresent(SentenceModel::check);
            settings.save(engineSettingsFile());
            context.engine().models().configure(model);
            return engineSettingsFile();
        }, file -> engineStatus.set(messages.format("settings.engine.saved", file)),
                failure -> engineStatus.set(messages.format("settings.engine.notSaved",
                        Objects.requireNonNullElse(failure.getMessage(), failure.toString()))), "settings.error.engine");
    }

    /**
     * Told what is typed in the threads field before the field commits it: a number outside the engine's range
     * (which the field then clamps) or no number at all is named, rather than silently replaced. The notice stays
     * while the field shows the clamped value and goes when the user types a number that fits.
     */
    public void threadsTyped(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return;
        }
        int value;
        try {
            value = Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            threadsNotice.set(messages.format("settings.threads.notANumber", typed, ModelSettings.MAX_THREADS));
            return;
        }
        if (ModelSettings.threadsInRange(value)) {
            if (value != threadsClampedTo) {
                threadsNotice.set("");
            }
            return;
        }
        threadsClampedTo = Math.clamp(value, 1, ModelSettings.MAX_THREADS);
        threadsNotice.set(messages.format("settings.threads.outOfRange", typed, ModelSettings.MAX_THREADS,
                threadsClampedTo));
    }

    private Path engineSettingsFile() {
        return paths.configDir().resolve(EngineSettings.FILE);
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess, String failureKey) {
        run(work, onSuccess, failure -> { }, failureKey);
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure, String failureKey) {
        busy.set(true);
        context.executor().execute(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            onFailure.accept(failure);
            context.notifier().error(messages.get(failureKey), failure);
        });
    }

    private static void closeQuietly(AutoCloseable job) {
        try {
            job.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing a job counter cannot fail", e);
        }
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return context.theme();
    }

    public ObjectProperty<LanguageChoice> languageProperty() {
        return language;
    }

    public ReadOnlyBooleanProperty languageNeedsRestartProperty() {
        return languageNeedsRestart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataFolderProperty() {
        return dataFolder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty moveStatusProperty() {
        return moveStatus.getReadOnlyProperty();
    }

    /** The data folder was switched: the app must restart to use it (and to stop writing to the old one). */
    public ReadOnlyBooleanProperty restartNeededProperty() {
        return restartNeeded.getReadOnlyProperty();
    }

    public boolean tiroHomeSet() {
        return paths.tiroHome().isPresent();
    }

    public IntegerProperty heapMiBProperty() {
        return heapMiB;
    }

    public String heapFile() {
        return heap.file().toString();
    }

    public ReadOnlyStringProperty heapStatusProperty() {
        return heapStatus.getReadOnlyProperty();
    }

    public IntegerProperty threadsProperty() {
        return threads;
    }

    /** Why the threads just typed are not what will be saved; empty when they are. */
    public ReadOnlyStringProperty threadsNoticeProperty() {
        return threadsNotice.getReadOnlyProperty();
    }

    public StringProperty defaultModelProperty() {
        return defaultModel;
    }

    public ReadOnlyStringProperty engineStatusProperty() {
        return engineStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
