package io.neurograph.tiro.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.brunomnsilva.smartgraph.graphview.SmartGraphVertex;
import io.neurograph.engine.Engine;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.testing.FeatureRobotTest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Robot test of the Graph tab on a small real engine, headless through Monocle. */
class NeighbourhoodViewTest extends FeatureRobotTest<GraphFeature> {
    private GraphWorld world;

    NeighbourhoodViewTest() {
        super(1100, 700);
    }

    /** The world's engine; closing it is closing the world. */
    @Override
    protected Engine openEngine() {
        world = new GraphWorld();
        return world.engine;
    }

    @Override
    protected GraphFeature create(FeatureContext context) {
        return GraphFeature.create(context);
    }

    @Test
    void searchAndExpand() throws Exception {
        clickOn("#graph-search").write("alpha").type(KeyCode.ENTER);
        waitForLabels(Set.of("alpha", "beta"));
        assertThat(lookup("#graph-status").queryAs(Label.class).getText())
                .isEqualTo("Opened alpha — tokens: 2, connections: 1.");

        clickOn(vertex("beta"));
        TableView<DetailRow> details = lookup("#graph-details").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> details.getItems().contains(new DetailRow("Label", "beta")));
        clickOn("#graph-expand");
        waitForLabels(Set.of("alpha", "beta", "gamma", "delta"));
        assertThat(lookup("#graph-status").queryAs(Label.class).getText()).isEqualTo("Added neighbours of beta: 2.");

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitForLabels(Set.of("alpha", "beta"));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitForLabels(Set.of("alpha", "beta", "gamma", "delta"));
    }

    @Test
    void doubleClickExpands() throws Exception {
        clickOn("#graph-search").write("alpha").type(KeyCode.ENTER);
        waitForLabels(Set.of("alpha", "beta"));
        doubleClickOn(vertex("beta"));
        waitForLabels(Set.of("alpha", "beta", "gamma", "delta"));
    }

    @Test
    void showInGraphOpensTheNeighbourhoodView() throws Exception {
        clickOn("#graph-view-model");
        interact(() -> fixture.navigator.showToken(world.gamma));
        waitForLabels(Set.of("gamma", "beta", "epsilon"));
        assertThat(lookup("#graph-view-neighbourhood").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void spreadingActivationOnABigNeighbourhoodThenOpeningAnotherTokenKeepsTheDrawingWhole() throws Exception {
        long root = world.tree(60, 3);
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e)));

        interact(() -> fixture.navigator.showToken(root));
        waitForDrawing(61);
        clickOn("#graph-spread");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#graph-status").queryAs(Label.class).getText()
                .startsWith("Spreading activation"));
        int activated = view().snapshotNodeCount();
        assertThat(activated).as("activation brings tokens in").isGreaterThan(61);
        waitForDrawing(activated);
        assertThat(lookup(".vertex.tiro-graph-energy-5").queryAll()).isNotEmpty();

        interact(() -> fixture.navigator.showToken(world.gamma));
        waitForLabels(Set.of("gamma", "beta", "epsilon"));
        interact(() -> fixture.navigator.showToken(root));
        waitForDrawing(61);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // a few layout frames
        assertThat(uncaught).isEmpty();
        assertThat(inside()).as("every token inside the drawing").isTrue();
    }

    /** Waits until SmartGraph has that many tokens in the scene (a half-updated SmartGraph never gets there). */
    private void waitForDrawing(int nodes) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view().snapshotNodeCount() == nodes
                && view().drawnNodeCount() == nodes && shownLabels().size() == nodes);
    }

    private NeighbourhoodView view() {
        return lookup("#graph-neighbourhood").queryAs(NeighbourhoodView.class);
    }

    private boolean inside() {
        return lookup(n -> n instanceof SmartGraphVertex<?>).queryAll().stream().allMatch(n -> {
            SmartGraphVertex<?> v = (SmartGraphVertex<?>) n;
            return v.getPositionCenterX() >= 0 && v.getPositionCenterY() >= 0;
        });
    }

    private void waitForLabels(Set<String> expected) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownLabels().equals(expected));
    }

    private Set<String> shownLabels() {
        return lookup(n -> n instanceof SmartGraphVertex<?> && n.isVisible()).queryAll().stream()
                .map(n -> ((GraphNode) ((SmartGraphVertex<?>) n).getUnderlyingVertex().element()).caption())
                .collect(Collectors.toSet());
    }

    private Node vertex(String label) {
        return lookup(n -> n instanceof SmartGraphVertex<?> v
                && ((GraphNode) v.getUnderlyingVertex().element()).caption().equals(label)).query();
    }
}
