package io.neurograph.tiro.ui.bootstrap;

import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.OpenDialog;
import io.neurograph.tiro.ui.support.Resources;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.TaskProgressView;

/**
 * The Bootstrap tab: resume banner, {@link DropZone} with a file chooser, the sniffed facts with the options
 * and Start, the running jobs (ControlsFX) and the finished ones.
 */
public final class BootstrapView extends VBox {
    static final String STYLE = "tiro-bootstrap";
    static final String CARD = "tiro-bootstrap-card";
    static final String BANNER = "tiro-bootstrap-banner";
    static final String WARNING_FACT = "tiro-bootstrap-warning-fact";
    private static final double TOOLTIP_WIDTH = 520;
    /** The list's padding and scroll bar plus the cell's padding and the button beside the text, roughly. */
    private static final double CELL_INSETS = 48;

    private final BootstrapViewModel model;
    private final Messages messages;
    private final OpenDialog openDialog;
    private final DropZone dropZone;

    BootstrapView(BootstrapViewModel model, OpenDialog openDialog) {
        this.model = model;
        this.openDialog = openDialog;
        this.messages = model.messages();
        getStylesheets().add(Resources.stylesheet("bootstrap-tab.css"));
        getStyleClass().add(STYLE);
        setId("bootstrap-view");
        ListView<FinishedJob> finished = finishedList();
        VBox.setVgrow(finished, Priority.ALWAYS);
        dropZone = new DropZone(model, this::chooseFile);
        getChildren().addAll(resumeBanner(), dropZone, factsCard(), runningJobs(), finishedHeader(), finished);
    }

    /** Stops the window-wide shortcut. */
    void close() {
        dropZone.close();
    }

    private HBox resumeBanner() {
        Label text = new Label();
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            var job = model.unfinishedProperty().get();
            return job == null ? "" : messages.format("bootstrap.resume.text",
                    job.fromDefaultVocabulary() ? messages.get("bootstrap.defaultVocabulary") : job.source().toString(),
                    job.phase(), job.wordsImported());
        }, model.unfinishedProperty()));
        text.setWrapText(true);
        Button resume = new Button(messages.get("bootstrap.resume.button"));
        resume.setId("bootstrap-resume");
        resume.getStyleClass().add(Styles.ACCENT);
        resume.setOnAction(e -> model.resume());
        resume.disableProperty().bind(model.bootstrapRunningProperty());
        HBox banner = new HBox(12, text, resume);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().addAll(CARD, BANNER);
        banner.visibleProperty().bind(model.unfinishedProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        return banner;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("bootstrap.drop.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("bootstrap.drop.filter"),
                BootstrapViewModel.patterns()));
        File file = openDialog.open(chooser, getScene().getWindow());
        if (file != null) {
            model.accept(file.toPath());
        }
    }

    private VBox factsCard() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> switch (model.candidateProperty().get()) {
            case Candidate.Embedding e -> e.profile().file().getFileName().toString();
            case Candidate.Model m -> m.summary().file().getFileName().toString();
            case Candidate.Vocabulary v -> messages.get("bootstrap.defaultVocabulary");
            case null -> "";
        }, model.candidateProperty()));
        GridPane grid = new GridPane(16, 4);
        grid.setId("bootstrap-facts");
        model.facts().addListener((ListChangeListener<Fact>) c -> fillFacts(grid));

        Spinner<Integer> k = new Spinner<>(1, 1000, model.kProperty().get());
        k.setEditable(true);
        k.setPrefWidth(100);
        k.valueProperty().addListener((obs, was, now) -> model.kProperty().set(now));
        Spinner<Integer> limit = new Spinner<>(0, Integer.MAX_VALUE, 0, 1000);
        limit.setEditable(true);
        limit.setPrefWidth(140);
        limit.valueProperty().addListener((obs, was, now) -> model.limitProperty().set(now));
        CheckBox restart = new CheckBox(messages.get("bootstrap.option.restart"));
        restart.selectedProperty().bindBidirectional(model.restartProperty());
        HBox options = new HBox(8, new Label(messages.get("bootstrap.option.k")), k,
                new Label(messages.get("bootstrap.option.limit")), limit, restart);
        options.setAlignment(Pos.CENTER_LEFT);
        BooleanBinding bootstrapCandidate = Bindings.createBooleanBinding(() -> model.candidateProperty().get() != null
                && !(model.candidateProperty().get() instanceof Candidate.Model), model.candidateProperty());
        options.visibleProperty().bind(bootstrapCandidate);
        options.managedProperty().bind(options.visibleProperty());

        Button start = new Button(messages.get("bootstrap.start"));
        start.setId("bootstrap-start");
        start.setDefaultButton(true);
        start.getStyleClass().add(Styles.SUCCESS);
        start.disableProperty().bind(model.candidateProperty().isNull()
                .or(bootstrapCandidate.and(model.bootstrapRunningProperty())));
        start.setOnAction(e -> model.start());
        Label oneAtATime = new Label(messages.get("bootstrap.error.oneAtATime"));
        oneAtATime.getStyleClass().add(Styles.TEXT_MUTED);
        oneAtATime.visibleProperty().bind(model.bootstrapRunningProperty());
        HBox actions = new HBox(12, start, oneAtATime);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(8, title, grid, options, actions);
        card.getStyleClass().add(CARD);
        card.visibleProperty().bind(model.candidateProperty().isNotNull());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private void fillFacts(GridPane grid) {
        grid.getChildren().clear();
        int row = 0;
        for (Fact fact : model.facts()) {
            Label name = new Label(fact.name());
            name.getStyleClass().add(Styles.TEXT_MUTED);
            Label value = new Label(fact.value());
            value.setWrapText(true);
            if (fact.warning()) {
                value.getStyleClass().addAll(Styles.WARNING, WARNING_FACT);
            }
            grid.addRow(row++, name, value);
        }
    }

    private TaskProgressView<JobTask<?>> runningJobs() {
        TaskProgressView<JobTask<?>> jobs = new TaskProgressView<>();
        jobs.setId("bootstrap-jobs");
        jobs.setPrefHeight(160);
        jobs.setMinHeight(Region.USE_PREF_SIZE);
        model.running().addListener((ListChangeListener<JobTask<?>>) c -> {
            while (c.next()) {
                jobs.getTasks().addAll(c.getAddedSubList());   // the view drops tasks itself when they end
            }
        });
        return jobs;
    }

    private Label finishedHeader() {
        Label header = new Label(messages.get("bootstrap.finished"));
        header.getStyleClass().add(Styles.TITLE_4);
        return header;
    }

    private ListView<FinishedJob> finishedList() {
        ListView<FinishedJob> list = new ListView<>(model.finished());
        list.setId("bootstrap-finished");
        list.setPlaceholder(new Label(messages.get("bootstrap.finished.none")));
        list.setCellFactory(view -> new FinishedCell());
        return list;
    }

    /** Title, summary (wrapped, in full on hover with the engine's details), and "show capsule graph". */
    private final class FinishedCell extends ListCell<FinishedJob> {
        @Override
        protected void updateItem(FinishedJob job, boolean empty) {
            super.updateItem(job, empty);
            if (empty || job == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(job.title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label summary = new Label(job.summary());
            summary.setWrapText(true);
            summary.setMinHeight(Region.USE_PREF_SIZE);
            summary.getStyleClass().add(job.failed() ? Styles.DANGER : Styles.TEXT_MUTED);
            Tooltip full = new Tooltip(job.details() == null ? job.summary() : job.summary() + "\n\n" + job.details());
            full.setWrapText(true);
            full.setMaxWidth(TOOLTIP_WIDTH);
            summary.setTooltip(full);
            VBox text = new VBox(2, title, summary);
            // a cell's graphic is as wide as its text wants unless bounded: bound it so long errors wrap
            text.maxWidthProperty().bind(getListView().widthProperty().subtract(CELL_INSETS));
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(12, text);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(4, 0, 4, 0));
            if (job.cgraph() != null) {
                Button show = new Button(messages.get("bootstrap.showCapsuleGraph"));
                show.setOnAction(e -> model.showCapsuleGraph(job));
                row.getChildren().add(show);
            }
            setGraphic(row);
        }
    }
}
