package io.neurograph.tiro.ui.settings;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.shell.ThemeChoice;
import io.neurograph.tiro.ui.support.DisplayConverter;
import io.neurograph.engine.ModelSettings;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Resources;
import java.io.File;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** The Settings tab: one form with appearance, data folder, memory, engine and local API sections. */
final class SettingsView extends ScrollPane {
    static final String STYLESHEET = "settings-view.css";
    private static final String FORM = "settings-form";
    private static final String NOTE = "settings-note";
    private static final int MAX_HEAP_MIB = 256 * 1024;

    private final SettingsViewModel model;
    private final Messages messages;
    private final GridPane form = new GridPane();
    // the spinners' Integer views of the model's int properties: a bidirectional binding holds both sides weakly,
    // so without these references the views are collected and the spinners stop writing to the model
    private final ObjectProperty<Integer> heapMiB;
    private final ObjectProperty<Integer> threads;
    private int row;

    SettingsView(SettingsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.heapMiB = model.heapMiBProperty().asObject();
        this.threads = model.threadsProperty().asObject();
        getStylesheets().add(Resources.stylesheet(STYLESHEET));
        form.getStyleClass().add(FORM);
        form.setPadding(new Insets(16));
        appearance();
        dataFolder();
        memory();
        engine();
        apiServer();
        setContent(form);
        setFitToWidth(true);
    }

    private void appearance() {
        heading("settings.section.appearance");
        ComboBox<ThemeChoice> theme = choice(ThemeChoice.values(), t -> messages.get(switch (t) {
            case SYSTEM -> "settings.theme.system";
            case LIGHT -> "settings.theme.light";
            case DARK -> "settings.theme.dark";
        }));
        theme.setId("settings-theme");
        theme.valueProperty().bindBidirectional(model.themeProperty());
        field("settings.theme", theme);

        ComboBox<LanguageChoice> language = choice(LanguageChoice.values(), l -> messages.get(l.labelKey()));
        language.setId("settings-language");
        language.valueProperty().bindBidirectional(model.languageProperty());
        Label restart = note(messages.get("settings.language.restart"));
        restart.visibleProperty().bind(model.languageNeedsRestartProperty());
        field("settings.language", new HBox(12, language, restart));
    }

    private void dataFolder() {
        heading("settings.section.data");
        Label current = new Label();
        current.setId("settings-data-folder");
        current.textProperty().bind(model.dataFolderProperty());
        Button move = new Button(messages.get("settings.data.move"));
        move.setId("settings-data-move");
        move.disableProperty().bind(Bindings.createBooleanBinding(() -> model.busyProperty().get() || !model.canMove(),
                model.busyProperty(), model.restartNeededProperty()));
        move.setOnAction(e -> chooseTarget());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());
        field("settings.data.current", new HBox(12, current, move, progress));

        Label status = new Label();
        status.setId("settings-data-status");
        status.setWrapText(true);
        status.textProperty().bind(model.moveStatusProperty());
        Button quit = new Button(messages.get("settings.data.quit"));
        quit.setId("settings-data-quit");
        quit.getStyleClass().add(Styles.ACCENT);
        quit.visibleProperty().bind(model.restartNeededProperty());
        quit.managedProperty().bind(quit.visibleProperty());
        quit.setOnAction(e -> getScene().getWindow().hide());
        String explain = model.tiroHomeSet() ? messages.get("settings.data.tiroHome") : messages.get("settings.data.hint");
        form.add(new VBox(6, note(explain), status, quit), 1, row++);
    }

    private void chooseTarget() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("settings.data.choose"));
        File dir = chooser.showDialog(getScene().getWindow());
        if (dir == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.format("settings.data.confirm", dir),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(getScene().getWindow());
        confirm.setHeaderText(messages.get("settings.data.move"));
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.moveDataFolder(dir.toPath()));
    }

    private void memory() {
        heading("settings.section.memory");
        Spinner<Integer> heap = new Spinner<>(256, MAX_HEAP_MIB, 1024, 256);
        heap.setId("settings-heap");
        heap.setEditable(true);
        heap.getValueFactory().valueProperty().bindBidirectional(heapMiB);
        Button save = new Button(messages.get("settings.save"));
        save.setId("settings-heap-save");
        save.setOnAction(e -> model.saveHeap());
        Label written = new Label();
        written.setId("settings-heap-status");
        written.textProperty().bind(model.heapStatusProperty());
        field("settings.heap", new HBox(12, heap, save));
        form.add(new VBox(6, note(messages.format("settings.heap.hint", model.heapFile())), written), 1, row++);
    }

    private void engine() {
        heading("settings.section.engine");
        int cores = Runtime.getRuntime().availableProcessors();
        Spinner<Integer> threadCount = new Spinner<>(1, ModelSettings.MAX_THREADS, 1);
        threadCount.setId("settings-threads");
        threadCount.setEditable(true);
        threadCount.getValueFactory().valueProperty().bindBidirectional(threads);
        threadCount.getEditor().textProperty().addListener((o, was, now) -> model.threadsTyped(now));
        field("settings.threads", threadCount);
        Label range = note("");
        range.setId("settings-threads-notice");
        range.getStyleClass().add(Styles.WARNING);
        range.textProperty().bind(model.threadsNoticeProperty());
        range.managedProperty().bind(range.textProperty().isNotEmpty());
        range.visibleProperty().bind(range.managedProperty());
        form.add(new VBox(6, range, note(messages.format("settings.threads.hint", cores, ModelSettings.MAX_THREADS))),
                1, row++);

        TextField modelPath = new TextField();
        modelPath.setId("settings-model");
        modelPath.setPrefColumnCount(32);
        modelPath.setPromptText(messages.get("settings.model.bundled"));
        modelPath.textProperty().bindBidirectional(model.defaultModelProperty());
        Button browse = new Button(messages.get("settings.model.browse"));
        browse.setOnAction(e -> chooseModel());
        field("settings.model", new HBox(8, modelPath, browse));
        Label notComparable = note(messages.get("settings.model.notComparable"));
        notComparable.getStyleClass().add(Styles.WARNING);
        form.add(new VBox(6, note(messages.get("settings.model.hint")), notComparable), 1, row++);

        Button save = new Button(messages.get("settings.save"));
        save.setId("settings-engine-save");
        save.setOnAction(e -> model.saveEngineSettings());
        Label saved = new Label();
        saved.setId("settings-engine-status");
        saved.setWrapText(true);
        saved.textProperty().bind(model.engineStatusProperty());
        form.add(new HBox(12, save, saved), 1, row++);
    }

    private void chooseModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("settings.model"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("settings.model.files"),
                "*.onnx", "*.cgraph"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.defaultModelProperty().set(file.toString());
        }
    }

    private void apiServer() {
        heading("settings.section.api");
        ToggleSwitch api = new ToggleSwitch(messages.get("settings.api.toggle"));
        api.setId("settings-api");
        api.setSelected(false);
        api.setDisable(true);
        field("settings.api", new VBox(6, api, note(messages.get("settings.api.unavailable"))));
    }

    private void heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TITLE_4);
        form.add(label, 0, row++, 2, 1);
    }

    private void field(String labelKey, Node control) {
        if (control instanceof HBox box) {
            box.setAlignment(Pos.CENTER_LEFT);
        }
        form.addRow(row++, new Label(messages.get(labelKey)), control);
    }

    private Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(NOTE, Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        label.setWrapText(true);
        return label;
    }

    private static <T> ComboBox<T> choice(T[] values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(DisplayConverter.of(label));
        return box;
    }
}
