package io.neurograph.tiro.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import io.neurograph.tiro.ui.testing.MainWindowRobotTest;
import java.util.concurrent.TimeUnit;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window opens on the Dashboard; after the first sample every chart on screen shows a value. */
class DashboardViewTest extends MainWindowRobotTest {
    @Test
    void chartsShowAValueAfterASample() throws Exception {
        Label heap = lookup("#value-heap_used_bytes").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> heap.getText().endsWith("MiB"));
        assertThat(lookup("#value-tokens").queryAs(Label.class).getText()).isEqualTo("0");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> drawn("heap_used_bytes"));
    }

    /** A chart scrolled out of sight keeps its old value (a change there would repaint the whole window). */
    @Test
    void updatesAChartOnlyWhileItIsInSight() throws Exception {
        Label tokens = lookup("#value-tokens").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tokens.getText().equals("0"));
        ScrollPane scroll = lookup("#dashboard-scroll").queryAs(ScrollPane.class);
        interact(() -> scroll.setVvalue(scroll.getVmax()));

        engine.tokens().create(Token.builder().coordinates(CoordinateSpace.L8_ABSTRACT, 0.1f, 0.2f, 0.3f).build(), "new");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !lookup("#dashboard-activity").queryTableView().getItems().isEmpty());
        Thread.sleep(1500); // the sample that saw the event may have counted the tokens just before it: one more
        assertThat(tokens.getText()).isEqualTo("0");

        interact(() -> scroll.setVvalue(0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tokens.getText().equals("1"));
    }

    @Test
    void addsAnAlertRule() {
        clickOn("#dashboard-alert-threshold").write("90");
        clickOn("#dashboard-alert-add");
        assertThat(lookup("#dashboard-alert-rules").queryTableView().getItems()).hasSize(1);
    }

    /** Whether the chart's plot shows anything: a line is drawn on a transparent canvas. */
    private boolean drawn(String csvName) {
        Canvas plot = lookup("#chart-" + csvName + " ." + SeriesChart.PLOT).queryAs(Canvas.class);
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = plot.snapshot(transparent, null));
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < image[0].getHeight(); y++) {
            for (int x = 0; x < image[0].getWidth(); x++) {
                if (pixels.getColor(x, y).getOpacity() > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
