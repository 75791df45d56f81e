package io.neurograph.tiro.ui.conceptmap;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.testing.FeatureRobotTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The concept map stays interactive with 100 000 points: loads them, then times full repaints while panning
 * and zooming, hover hit tests, and the frame interval (pulse to pulse) while the robot drags. The figures are
 * printed as "conceptmap-bench" lines for docs/benchmarks.md; the asserted bounds are deliberately loose
 * (a shared, slow CI machine must not fail them) and only catch an order-of-magnitude regression.
 */
class ConceptMapLoadTest extends FeatureRobotTest<ConceptMapFeature> {
    private static final int POINTS = 100_000;
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    /** Repaints before measuring, so the figures are of compiled code. */
    private static final int WARM_UP = 40;

    private long loadStart;

    ConceptMapLoadTest() {
        super(WIDTH, HEIGHT);
    }

    /** The map loads its points once it is laid out, that is once the stage is shown right after this. */
    @Override
    protected ConceptMapFeature create(FeatureContext context) {
        ConceptMapFeature created = ConceptMapFeature.create(context, SyntheticPoints.clusters(POINTS, 42), id -> { });
        loadStart = System.nanoTime();
        return created;
    }

    @Test
    void hundredThousandPointsStayInteractive() throws Exception {
        ConceptMapViewModel model = feature.model();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.loadedProperty().get() == POINTS
                && !model.loadingProperty().get());
        double loadMs = millis(System.nanoTime() - loadStart);

        onFxThread(() -> timePaints(model, WARM_UP));
        double[] paint = onFxThread(() -> timePaints(model, 60));
        double[] hover = onFxThread(() -> timeHovers(model, 10_000));
        double[] frames = frameIntervalsWhileDragging();
        report(loadMs, paint, hover, frames);

        assertThat(median(paint)).as("median repaint of 100 000 points, ms").isLessThan(250);
        assertThat(median(hover)).as("median hover hit test, ms").isLessThan(5);

        Point2D point = pointOnScreen(model, model.cloud().find("w123"));
        moveTo(point);
        Label label = lookup("#conceptmap-hover").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, label::isVisible);
        assertThat(label.getText()).startsWith("w");
    }

    /** Pans and zooms in small steps, each followed by a full repaint; milliseconds per repaint. */
    private double[] timePaints(ConceptMapViewModel model, int count) {
        ConceptMapView view = (ConceptMapView) feature.node();
        double[] ms = new double[count];
        for (int i = 0; i < count; i++) {
            if (i % 2 == 0) {
                model.pan(7, -3);
            } else {
                model.zoom(i < count / 2 ? 1.05 : 1 / 1.05, WIDTH / 2.0, HEIGHT / 2.0);
            }
            long start = System.nanoTime();
            view.paintNow();
            ms[i] = millis(System.nanoTime() - start);
        }
        model.fitAll();
        return ms;
    }

    private double[] timeHovers(ConceptMapViewModel model, int count) {
        Random random = new Random(5);
        double[] ms = new double[count];
        for (int i = 0; i < count; i++) {
            double x = random.nextDouble() * WIDTH;
            double y = random.nextDouble() * HEIGHT;
            long start = System.nanoTime();
            model.hover(x, y);
            ms[i] = millis(System.nanoTime() - start);
        }
        model.clearHover();
        return ms;
    }

    /** Time between consecutive pulses while the robot drags across the map (each step repaints). */
    private double[] frameIntervalsWhileDragging() {
        Scene scene = feature.node().getScene();
        List<Long> pulses = new ArrayList<>();
        Runnable listener = () -> pulses.add(System.nanoTime());
        interact(() -> scene.addPostLayoutPulseListener(listener));
        Point2D from = lookup("#conceptmap-canvas").query().localToScreen(WIDTH / 2.0, HEIGHT / 2.0);
        drag(from, MouseButton.PRIMARY);
        for (int i = 1; i <= 20; i++) {
            moveTo(from.add(i * 10, i * 5));
        }
        drop();
        interact(() -> scene.removePostLayoutPulseListener(listener));
        double[] gaps = new double[Math.max(0, pulses.size() - 1)];
        for (int i = 1; i < pulses.size(); i++) {
            gaps[i - 1] = millis(pulses.get(i) - pulses.get(i - 1));
        }
        return gaps;
    }

    private static void report(double loadMs, double[] paint, double[] hover, double[] frames) {
        System.out.printf(Locale.ROOT, "conceptmap-bench points=%d load=%.0fms%n", POINTS, loadMs);
        System.out.printf(Locale.ROOT, "conceptmap-bench repaint median=%.2fms p95=%.2fms max=%.2fms (n=%d)%n",
                median(paint), percentile(paint, 0.95), percentile(paint, 1), paint.length);
        System.out.printf(Locale.ROOT, "conceptmap-bench hover median=%.4fms p95=%.4fms max=%.4fms (n=%d)%n",
                median(hover), percentile(hover, 0.95), percentile(hover, 1), hover.length);
        if (frames.length > 0) {
            // the robot paces the moves, so only the median says something about the map
            System.out.printf(Locale.ROOT, "conceptmap-bench drag frame interval median=%.1fms (n=%d)%n",
                    median(frames), frames.length);
        }
    }

    private Point2D pointOnScreen(ConceptMapViewModel model, int index) {
        double x = model.viewport().screenX(model.cloud().x(index));
        double y = model.viewport().screenY(model.cloud().y(index));
        return lookup("#conceptmap-canvas").query().localToScreen(x, y);
    }

    private static <T> T onFxThread(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
