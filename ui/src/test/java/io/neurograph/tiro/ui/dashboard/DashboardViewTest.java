package io.neurograph.tiro.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.tiro.ui.testing.MainWindowRobotTest;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.shape.Path;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window opens on the Dashboard; after the first sample every chart shows a value. */
class DashboardViewTest extends MainWindowRobotTest {
    @Test
    void chartsShowAValueAfterASample() throws Exception {
        Label heap = lookup("#value-heap_used_bytes").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> heap.getText().endsWith("MiB"));
        assertThat(lookup("#value-tokens").queryAs(Label.class).getText()).isEqualTo("0");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !lookup("#chart-heap_used_bytes .tiro-dashboard-line").queryAs(Path.class)
                        .getElements().isEmpty());
    }

    @Test
    void addsAnAlertRule() {
        clickOn("#dashboard-alert-threshold").write("90");
        clickOn("#dashboard-alert-add");
        assertThat(lookup("#dashboard-alert-rules").queryTableView().getItems()).hasSize(1);
    }
}
