package io.neurograph.tiro.ui.conceptmap;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.testing.FeatureRobotTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Robot test of the concept map over three synthetic points (see ConceptMapLoadTest for 100 000). */
class ConceptMapViewTest extends FeatureRobotTest<ConceptMapFeature> {
    private final List<Long> opened = new CopyOnWriteArrayList<>();

    ConceptMapViewTest() {
        super(800, 600);
    }

    @Override
    protected ConceptMapFeature create(FeatureContext context) {
        PointSource points = new SyntheticPoints(new float[] {-1, 0, 1}, new float[] {-1, 0.5f, 1},
                new String[] {"apple", "banana", "cherry"});
        return ConceptMapFeature.create(context, points, opened::add);
    }

    @Test
    void hoverShowsTheLabel() throws Exception {
        waitUntilLoaded();

        moveTo(pointOnScreen(1));

        Label hover = lookup("#conceptmap-hover").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, hover::isVisible);
        assertThat(hover.getText()).isEqualTo("banana");
    }

    @Test
    void clickSelectsAndDoubleClickOpensTheNeighbourhood() throws Exception {
        waitUntilLoaded();

        clickOn(pointOnScreen(2));
        assertThat(feature.model().selectedId()).isEqualTo(102);
        assertThat(opened).isEmpty();

        doubleClickOn(pointOnScreen(0), MouseButton.PRIMARY);
        assertThat(feature.model().selectedId()).isEqualTo(100);
        assertThat(opened).containsExactly(100L);
    }

    @Test
    void enterOpensTheSelectedConcept() throws Exception {
        waitUntilLoaded();

        clickOn(pointOnScreen(1));
        type(KeyCode.ENTER);

        assertThat(opened).containsExactly(101L);
    }

    @Test
    void searchCentresAndSelectsTheConcept() throws Exception {
        waitUntilLoaded();

        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("cher").type(KeyCode.ENTER);

        assertThat(feature.model().selectedId()).isEqualTo(102);
        Point2D centre = lookup("#conceptmap-canvas").query().localToScreen(
                lookup("#conceptmap-canvas").query().getLayoutBounds().getCenterX(),
                lookup("#conceptmap-canvas").query().getLayoutBounds().getCenterY());
        assertThat(pointOnScreen(2).distance(centre)).isLessThan(1.0);
    }

    @Test
    void dragPansAndFitAllBringsEverythingBack() throws Exception {
        waitUntilLoaded();
        Point2D before = pointOnScreen(1);

        drag(before.add(30, 30), MouseButton.PRIMARY).dropTo(before.add(130, 80));
        assertThat(pointOnScreen(1).distance(before.add(100, 50))).isLessThan(1.0);

        clickOn("#conceptmap-fit");
        assertThat(pointOnScreen(1).distance(before)).isLessThan(1.0);
    }

    @Test
    void pointsArePaintedInTheThemesAccentColour() throws Exception {
        waitUntilLoaded();
        ConceptMapViewModel model = feature.model();
        int x = (int) model.viewport().screenX(model.cloud().x(1));
        int y = (int) model.viewport().screenY(model.cloud().y(1));

        Color pixel = WaitForAsyncUtils.asyncFx(() -> lookup("#conceptmap-canvas").query().snapshot(null, null)
                .getPixelReader().getColor(x, y)).get(5, TimeUnit.SECONDS);

        assertThat(pixel).isEqualTo(Color.web("#0969da")); // Primer light's -color-accent-fg
    }

    private void waitUntilLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> feature.model().loadedProperty().get() == 3);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D pointOnScreen(int index) {
        ConceptMapViewModel model = feature.model();
        double x = model.viewport().screenX(model.cloud().x(index));
        double y = model.viewport().screenY(model.cloud().y(index));
        return lookup("#conceptmap-canvas").query().localToScreen(x, y);
    }
}
