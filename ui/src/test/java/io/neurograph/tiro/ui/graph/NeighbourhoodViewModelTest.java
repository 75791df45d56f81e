package io.neurograph.tiro.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.tiro.ui.concurrent.CurrentThreadTaskExecutor;
import io.neurograph.tiro.ui.support.CommandJournal;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.testing.RecordingNotifier;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NeighbourhoodViewModelTest {
    private final GraphWorld world = new GraphWorld();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final CommandJournal journal = new CommandJournal();
    private final NeighbourhoodViewModel model = new NeighbourhoodViewModel(world.engine,
            new CurrentThreadTaskExecutor(), new Messages(Locale.ENGLISH), notifier, journal);

    @AfterEach
    void closeEngine() {
        world.close();
    }

    @Test
    void searchOpensTheNeighbourhoodOfALabelOrAnId() {
        search("alpha");
        assertThat(nodes()).containsExactlyInAnyOrder(world.alpha, world.beta);
        assertThat(model.selectedNodeProperty().get()).isEqualTo(world.alpha);
        assertThat(model.details()).contains(new DetailRow("Label", "alpha"));

        search(Long.toString(world.beta));
        assertThat(nodes()).containsExactlyInAnyOrder(world.alpha, world.beta, world.gamma, world.delta);
        assertThat(model.snapshotProperty().get().root()).isEqualTo(world.beta);
        assertThat(model.queryProperty().get()).isEqualTo("beta");
    }

    @Test
    void anUnknownTokenIsReportedInTheStatus() {
        search("omega");
        assertThat(model.statusProperty().get()).isEqualTo("No token with label or id “omega”.");
        assertThat(nodes()).isEmpty();
        assertThat(notifier.errors()).isEmpty();
    }

    @Test
    void theFirstLoadShowsAtMost300Tokens() {
        long hub = world.hub(400);
        model.open(hub);
        assertThat(nodes()).hasSize(NeighbourhoodViewModel.FIRST_LOAD_NODES).contains(hub);
        assertThat(model.statusProperty().get()).contains("101 more neighbours not loaded");
    }

    @Test
    void eachExpansionAddsAtMost100Neighbours() {
        long hub = world.hub(250);
        long leaf = world.engine.tokens().findByLabel("leaf1").orElseThrow().id();
        model.open(leaf);
        assertThat(nodes()).hasSize(2);

        model.expand(hub);
        assertThat(nodes()).hasSize(102);
        assertThat(model.statusProperty().get()).isEqualTo(
                "Added neighbours of hub: 100; 149 more — expand again for the next ones.");
        model.expand(hub);
        model.expand(hub);
        assertThat(nodes()).hasSize(251);
        model.expand(hub);
        assertThat(model.statusProperty().get()).isEqualTo("Every neighbour of hub is already shown.");
        assertThat(model.undoDescriptionProperty().get()).isEqualTo("expand hub");
    }

    @Test
    void collapseHidesTheLeavesAndUndoRedoStepThroughTheHistory() {
        model.open(world.alpha);
        model.expand(world.beta);
        assertThat(nodes()).containsExactlyInAnyOrder(world.alpha, world.beta, world.gamma, world.delta);
        assertThat(model.canUndoProperty().get()).isTrue();

        model.collapse(world.beta);
        assertThat(nodes()).containsExactlyInAnyOrder(world.alpha, world.beta); // alpha is the opened token
        assertThat(model.undoDescriptionProperty().get()).isEqualTo("collapse beta");

        model.undo();
        assertThat(nodes()).containsExactlyInAnyOrder(world.alpha, world.beta, world.gamma, world.delta);
        assertThat(model.statusProperty().get()).isEqualTo("Undone: collapse beta");
        model.undo();
        assertThat(nodes()).containsExactlyInAnyOrder(world.alpha, world.beta);
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.canRedoProperty().get()).isTrue();

        model.redo();
        model.redo();
        assertThat(nodes()).containsExactlyInAnyOrder(world.alpha, world.beta);
        assertThat(model.canRedoProperty().get()).isFalse();
        model.undo();
        model.expand(world.gamma); // a new command drops what could be redone
        assertThat(model.canRedoProperty().get()).isFalse();
        assertThat(nodes()).contains(world.epsilon);
    }

    @Test
    void undoDropsASelectionThatDisappears() {
        model.open(world.alpha);
        model.expand(world.beta);
        model.selectNode(world.gamma);
        model.undo();
        assertThat(model.selectedNodeProperty().get()).isNull();
        assertThat(model.details()).isEmpty();
    }

    @Test
    void filtersHideConnectionsByTypeConfidenceAndWeightAndTheTokensLeftWithout() {
        model.open(world.beta);
        assertThat(model.presentTypes()).containsExactly(ConnectionType.CAUSE.code(),
                ConnectionType.ASSOCIATED_WITH.code());

        model.setTypeShown(ConnectionType.CAUSE.code(), false);
        assertThat(edges()).containsExactlyInAnyOrder(world.alphaBeta, world.betaDelta);
        assertThat(nodes()).doesNotContain(world.gamma);
        model.setTypeShown(ConnectionType.CAUSE.code(), true);

        model.minConfidenceProperty().set(0.3);
        assertThat(edges()).containsExactlyInAnyOrder(world.alphaBeta, world.betaGamma);
        assertThat(nodes()).containsExactlyInAnyOrder(world.alpha, world.beta, world.gamma);
        model.minConfidenceProperty().set(0);

        model.minWeightProperty().set(0.25);
        assertThat(edges()).containsExactly(world.alphaBeta);
        assertThat(nodes()).containsExactlyInAnyOrder(world.alpha, world.beta);
    }

    @Test
    void connectionActionsChangeTheEngineAndEchoTheirCommand() {
        model.open(world.alpha);
        model.selectEdge(world.alphaBeta);
        assertThat(model.details()).contains(new DetailRow("Activations", "0"));

        model.activateSelectedConnection();
        assertThat(model.details()).contains(new DetailRow("Activations", "1"));
        model.feedbackSelectedConnection(false);
        model.feedbackSelectedConnection(true);

        assertThat(journal.recent()).containsExactly("connection activate " + world.alphaBeta,
                "connection feedback " + world.alphaBeta + " --failure",
                "connection feedback " + world.alphaBeta + " --success");
        double confidence = world.engine.connections().require(world.alphaBeta).connection().confidence() / 255.0;
        assertThat(model.snapshotProperty().get().edges()).anySatisfy(e ->
                assertThat(e.confidence()).isEqualTo(confidence));
    }

    @Test
    void findPathBringsThePathInAndHighlightsIt() {
        model.open(world.alpha);
        model.findPathTo("epsilon");
        GraphSnapshot shown = model.snapshotProperty().get();
        assertThat(shown.pathNodes()).containsExactlyInAnyOrder(world.alpha, world.beta, world.gamma, world.epsilon);
        assertThat(nodes()).contains(world.gamma, world.epsilon);
        assertThat(model.statusProperty().get()).isEqualTo("Path from alpha to epsilon — hops: 3.");
        model.undo();
        assertThat(nodes()).doesNotContain(world.epsilon);
    }

    @Test
    void spreadingActivationGivesEveryReachedTokenAnEnergy() {
        model.open(world.alpha);
        model.spreadActivation();
        GraphSnapshot shown = model.snapshotProperty().get();
        assertThat(shown.energies()).containsEntry(world.alpha, 1f).containsKey(world.beta);
        assertThat(shown.energies().get(world.beta)).isLessThan(1f);
        assertThat(EnergyLevel.of(shown.energies().get(world.alpha))).isEqualTo(EnergyLevel.SOURCE);
        model.clearHighlights();
        assertThat(model.snapshotProperty().get().energies()).isEmpty();
    }

    @Test
    void exportWritesAPngThatImageIoReads(@TempDir Path dir) throws Exception {
        int[] argb = {0xFFFF0000, 0x8000FF00, 0xFF0000FF, 0x00000000, 0xFFFFFFFF, 0xFF123456};
        Path file = dir.resolve("graph.png");
        model.exportPng(file, 3, 2, argb);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(3);
        assertThat(image.getHeight()).isEqualTo(2);
        assertThat(image.getRGB(0, 0)).isEqualTo(0xFFFF0000);
        assertThat(image.getRGB(1, 0)).isEqualTo(0x8000FF00);
        assertThat(image.getRGB(2, 1)).isEqualTo(0xFF123456);
        assertThat(notifier.infos()).containsExactly("Export graph as PNG: Saved " + file);
    }

    private void search(String text) {
        model.queryProperty().set(text);
        model.search();
    }

    private Set<Long> nodes() {
        return model.snapshotProperty().get().nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
    }

    private Set<Long> edges() {
        return model.snapshotProperty().get().edges().stream().map(GraphEdge::id).collect(Collectors.toSet());
    }
}
