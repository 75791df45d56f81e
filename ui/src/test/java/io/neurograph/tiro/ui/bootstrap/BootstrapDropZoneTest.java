package io.neurograph.tiro.ui.bootstrap;

import static io.neurograph.tiro.ui.testing.Colours.contrast;
import static io.neurograph.tiro.ui.testing.Colours.deltaE;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.testing.FeatureRobotTest;
import io.neurograph.tiro.ui.testing.FileDragSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelReader;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import org.controlsfx.control.TaskProgressView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Robot tests of the Bootstrap tab's drop zone, headless through Monocle, on a real engine with an on-disk data
 * folder. Files reach the zone by a real JavaFX drag and drop: the robot presses on a {@link FileDragSource} tile
 * beside the tab (in the same window, which Monocle requires), moves onto the zone and releases; the zone gets
 * the scene's own DRAG_ENTERED, DRAG_OVER and DRAG_DROPPED events with the Dragboard the gesture filled. The only
 * stand-in is for the platform's file-chooser dialog, which headless Monocle does not have: the keyboard tests
 * answer it with a file and record what it was asked.
 */
class BootstrapDropZoneTest extends FeatureRobotTest<BootstrapFeature> {
    private static final String IDLE_HINT = "Drop word vectors (.txt, .vec, .bin) or a model (.onnx, .gguf) here";

    @TempDir
    Path dir;
    private FileDragSource source;
    private DropZone zone;
    /** The transfer mode of each DRAG_DROPPED the zone received (the one its DRAG_OVER accepted). */
    private final List<TransferMode> dropped = new CopyOnWriteArrayList<>();
    /** The choosers the view asked to show, and the file each is answered with. */
    private final List<FileChooser> choosers = new CopyOnWriteArrayList<>();
    private volatile Path chosen;

    BootstrapDropZoneTest() {
        super(900, 760);
    }

    @Override
    protected Engine openEngine() {
        return Engine.open(EngineConfig.at(dir.resolve("data")));
    }

    @Override
    protected BootstrapFeature create(FeatureContext context) {
        return BootstrapFeature.create(context, (chooser, owner) -> {
            choosers.add(chooser);
            return chosen == null ? null : chosen.toFile();
        });
    }

    @BeforeEach
    void placeTheFileManager() {
        zone = lookup("#bootstrap-drop-zone").queryAs(DropZone.class);
        interact(() -> {
            source = FileDragSource.besideRoot(zone.getScene());
            zone.addEventHandler(DragEvent.DRAG_DROPPED, e -> dropped.add(e.getTransferMode()));
        });
    }

    /** What the zone shows: the accepting or refusing style, and its hint. */
    record Hover(boolean accepted, boolean refused, String hint) {
    }

    private Hover hovering() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> new Hover(zone.getPseudoClassStates().contains(DropZone.DRAG_OVER),
                zone.getPseudoClassStates().contains(DropZone.DRAG_REFUSED),
                ((Label) zone.lookup("." + DropZone.HINT)).getText())).get();
    }

    @Test
    void dragASmallEmbeddingFileOntoTheZoneAndSeeTheJobFinish() throws Exception {
        Path glove = PlantedGlove.write(dir.resolve("small.txt"), 5, 10, 8, 1);   // 50 words × 8 dimensions
        assertThat(engine.tokens().count()).isZero();

        source.carry(glove);
        drag(source).moveTo(zone);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hovering()).isEqualTo(new Hover(true, false, IDLE_HINT));
        drop();
        assertThat(dropped).containsExactly(TransferMode.COPY);   // offered copy, move and link: the zone takes a copy

        GridPane facts = lookup("#bootstrap-facts").queryAs(GridPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !facts.getChildren().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(facts)).contains("GloVe text (no header)", "8", "Estimated time", "Disk");
        assertThat(hovering()).isEqualTo(new Hover(false, false, IDLE_HINT));

        List<String> jobRows = new CopyOnWriteArrayList<>();
        TaskProgressView<?> jobs = lookup("#bootstrap-jobs").queryAs(TaskProgressView.class);
        jobs.getTasks().addListener((ListChangeListener<Task<?>>) c -> {
                    while (c.next()) {
                        c.getAddedSubList().forEach(t -> jobRows.add(t.getTitle()));
                    }
                });
        clickOn("#bootstrap-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#bootstrap-finished .list-cell .label")
                .queryAllAs(Labeled.class).stream().anyMatch(l -> l.getText().startsWith("50 words")));
        assertThat(jobRows).containsExactly("Bootstrap small.txt");   // its running row, gone once it ended
        assertThat(jobs.getTasks()).isEmpty();
        FinishedJob job = feature.model().finished().getFirst();
        assertThat(job.failed()).as(job.summary()).isFalse();
        assertThat(engine.tokens().count()).isEqualTo(50);
        assertThat(fixture.journal.recent()).containsExactly("bootstrap " + glove + " --k 10");
        assertThat(fixture.errors()).isEmpty();
        assertThat(fixture.jobs.runningProperty().get()).isZero();
    }

    @Test
    void aPdfIsRefusedAndTheHintSaysWhyWhileItHovers() throws Exception {
        assertRefused("Neither word vectors (.txt, .vec, .bin) nor a model (.onnx, .gguf): it cannot be used here",
                Files.writeString(dir.resolve("paper.pdf"), "%PDF-1.4"));
    }

    @Test
    void aFolderIsRefusedEvenWithVectorsInside() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("glove.6B"));
        PlantedGlove.write(folder.resolve("glove.6B.50d.txt"), 2, 5, 4, 1);
        assertRefused("A folder cannot be used: drop the word-vector file or the model inside it", folder);
    }

    @Test
    void severalFilesAreRefusedRatherThanAllButOneIgnored() throws Exception {
        assertRefused("One file at a time: drop a single word-vector file or model",
                PlantedGlove.write(dir.resolve("a.txt"), 2, 5, 4, 1), PlantedGlove.write(dir.resolve("b.vec"), 2, 5, 4, 2));
    }

    /**
     * Drags {@code files} over the zone: no copy is accepted and it shows {@code hint} in the refused style; then
     * releases them on it: nothing is dropped or read, no error pops up, and the zone looks idle again.
     */
    private void assertRefused(String hint, Path... files) throws Exception {
        source.carry(files);
        drag(source).moveTo(zone);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hovering()).isEqualTo(new Hover(false, true, hint));
        // Monocle reports the release (native platforms may not, nobody having accepted), so the scene fires
        // DRAG_DROPPED at the zone with no transfer mode accepted; the zone must leave it alone
        drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dropped).containsExactly((TransferMode) null);
        assertThat(feature.model().sniffingProperty().get()).isFalse();
        assertThat(feature.model().candidateProperty().get()).isNull();
        assertThat(fixture.errors()).isEmpty();
        assertThat(hovering()).isEqualTo(new Hover(false, false, IDLE_HINT));
    }

    /**
     * The zone's outline and fill as rendered (a snapshot of the scene) when idle, with the keyboard focus, with a
     * file it takes over it and with one it refuses, in the light and the dark theme. Each state must change the
     * outline's colour plainly (CIE76 colour difference over 25; 2.3 is the smallest one can see) and its outline
     * must stand out from the zone's fill by the 3:1 contrast WCAG asks of a control's visual state.
     */
    @Test
    void theFocusAndHoverStatesAreVisibleInTheLightAndTheDarkTheme() throws Exception {
        Path good = PlantedGlove.write(dir.resolve("small.txt"), 2, 5, 4, 1);
        Path bad = Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.4");
        Node elsewhere = lookup("#bootstrap-default-vocabulary").query();
        for (Theme theme : List.of(new PrimerLight(), new PrimerDark())) {
            interact(() -> Application.setUserAgentStylesheet(theme.getUserAgentStylesheet()));
            interact(zone::requestFocus);
            Look focused = look();
            interact(elsewhere::requestFocus);
            Look idle = look();
            source.carry(good);
            drag(source).moveTo(zone);
            Look taking = look();
            drop();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> feature.model().candidateProperty().get() != null);
            source.carry(bad);
            drag(source).moveTo(zone);
            Look refusing = look();
            drop();
            System.out.printf("%s: idle %s; focused %s; taking %s; refusing %s%n", theme.getName(), idle, focused,
                    taking, refusing);
            for (Look state : List.of(focused, taking, refusing)) {
                assertThat(deltaE(state.outline, idle.outline)).as(theme.getName() + " " + state).isGreaterThan(25);
                assertThat(contrast(state.outline, state.fill)).as(theme.getName() + " " + state)
                        .isGreaterThanOrEqualTo(3);
            }
            assertThat(deltaE(taking.fill, idle.fill)).as(theme.getName()).isGreaterThan(deltaE(focused.fill, idle.fill));
        }
    }

    /** Colours of the zone's outline and fill on screen. */
    record Look(Color outline, Color fill) {
        @Override
        public String toString() {
            return "outline " + outline + " fill " + fill;
        }
    }

    /**
     * Reads the zone from a snapshot of the whole scene: the fill inside its padding, and the outline as the pixel
     * of its top edge that differs most from the fill (the idle outline is dashed).
     */
    private Look look() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            PixelReader pixels = zone.getScene().snapshot(null).getPixelReader();
            Bounds b = zone.localToScene(zone.getLayoutBounds());
            Color fill = pixels.getColor((int) b.getMinX() + 12, (int) b.getCenterY());
            Color outline = fill;
            for (int x = (int) b.getMinX() + 20; x < b.getMaxX() - 20; x++) {
                Color c = pixels.getColor(x, (int) b.getMinY() + 1);
                if (deltaE(c, fill) > deltaE(outline, fill)) {
                    outline = c;
                }
            }
            return new Look(outline, fill);
        }).get();
    }

    @Test
    void enterOrSpaceOnTheFocusedZoneOpenTheChooserAndEnterDoesNotPressStart() throws Exception {
        chosen = PlantedGlove.write(dir.resolve("small.txt"), 2, 5, 4, 1);
        interact(() -> lookup("#bootstrap-choose").query().requestFocus());
        press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);   // the zone comes before its buttons
        assertThat(zone.isFocused()).isTrue();

        type(KeyCode.ENTER);
        assertThat(choosers).singleElement().satisfies(c -> {
            assertThat(c.getTitle()).isEqualTo("Choose a file…");
            assertThat(c.getExtensionFilters()).singleElement().extracting(FileChooser.ExtensionFilter::getExtensions)
                    .isEqualTo(List.of("*.txt", "*.vec", "*.bin", "*.onnx", "*.gguf"));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> feature.model().candidateProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        // now Start (the default button) is on screen: Enter on the zone still opens the chooser, it starts nothing
        type(KeyCode.ENTER);
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(choosers).hasSize(3);
        assertThat(feature.model().running()).isEmpty();
        assertThat(feature.model().finished()).isEmpty();
    }

    @Test
    void shortcutOOpensTheChooserFromOutsideTheTabWhileTheTabShows() throws Exception {
        // the tile stands for the tab header, which keeps the focus after a switch of tabs
        interact(() -> {
            source.setFocusTraversable(true);
            source.requestFocus();
        });
        press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        assertThat(choosers).hasSize(1);

        interact(() -> lookup("#bootstrap-view").query().setVisible(false));   // another tab selected
        press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        assertThat(choosers).hasSize(1);
    }

    private static List<String> texts(GridPane grid) {
        return grid.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }
}
