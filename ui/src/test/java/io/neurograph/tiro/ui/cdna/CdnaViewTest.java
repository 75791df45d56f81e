package io.neurograph.tiro.ui.cdna;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.testing.FeatureRobotTest;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Robot test of the CDNA tab over a real in-memory engine. */
class CdnaViewTest extends FeatureRobotTest<CdnaFeature> {
    CdnaViewTest() {
        super(1200, 800);
    }

    @Override
    protected CdnaFeature create(FeatureContext context) {
        return CdnaFeature.create(context);
    }

    @Test
    void editValidateApplyHistoryAndRollback() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        typeScale(0, "16");
        ListView<?> issues = lookup("#cdna-issues").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> issues.getItems().size() == 1);
        assertThat(issues.getItems().getFirst().toString()).contains("dimension_scales[0]").contains("danger zone");

        clickOn("#cdna-apply");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> engine.cdna().current().dimensionScale(0) == 16f);
        assertThat(fixture.journal.recent()).containsExactly("cdna set --scales 16.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0");

        clickOn("#cdna-tab-history");
        ListView<?> history = lookup("#cdna-history").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> history.getItems().size() == 1);

        clickOn("#cdna-rollback");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> engine.cdna().current().dimensionScale(0) == 1f);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scale(0).getValue() == 1.0);
        assertThat(history.getItems()).isEmpty();
        assertThat(fixture.journal.recent()).last().isEqualTo("cdna rollback");
        assertThat(fixture.errors()).isEmpty();
    }

    @Test
    void ctrlZUndoesAnEdit() {
        WaitForAsyncUtils.waitForFxEvents();
        typeScale(3, "5");
        assertThat(scale(3).getValue()).isEqualTo(5.0);
        clickOn("#cdna-tab-diff");
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(scale(3).getValue()).isEqualTo(1.0);
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(scale(3).getValue()).isEqualTo(5.0);
    }

    @Test
    void theTrialLengthTypedIsTheOneTheTrialGets() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        typeScale(0, "2");
        clickOn("#cdna-tab-trial");
        Spinner<?> seconds = lookup("#cdna-trial-seconds").queryAs(Spinner.class);
        doubleClickOn(seconds.getEditor());
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write("60").type(KeyCode.ENTER);
        clickOn("#cdna-trial-start");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> engine.cdnaManager().quarantineStatus().isPresent());
        assertThat(engine.cdnaManager().quarantineStatus().orElseThrow().durationSeconds()).isEqualTo(60);
    }

    private void typeScale(int dimension, String value) {
        Spinner<Double> spinner = scale(dimension);
        doubleClickOn(spinner.getEditor());
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write(value).type(KeyCode.ENTER);
    }

    @SuppressWarnings("unchecked")
    private Spinner<Double> scale(int dimension) {
        return lookup("#cdna-scale-spinner-" + dimension).queryAs(Spinner.class);
    }
}
