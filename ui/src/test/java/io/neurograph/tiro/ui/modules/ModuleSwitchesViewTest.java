package io.neurograph.tiro.ui.modules;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.ToggleSwitch;
import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.module.ModuleId;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.testing.FeatureRobotTest;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Robot test of the Modules tab's switches on a persistent engine: what the switch shows is what the engine does. */
class ModuleSwitchesViewTest extends FeatureRobotTest<ModulesFeature> {
    @TempDir
    Path dataDir;

    ModuleSwitchesViewTest() {
        super(1250, 760);
    }

    @Override
    protected Engine openEngine() {
        return Engine.open(EngineConfig.at(dataDir));
    }

    @Override
    protected ModulesFeature create(FeatureContext context) {
        return ModulesFeature.create(context);
    }

    @Test
    void theIntuitionEngineSwitchesOffAndOnAndEachChangeIsEchoed() throws Exception {
        clickOn(ShownSwitches.await(this, ModuleId.INTUITION_ENGINE, true));
        assertThat(ShownSwitches.await(this, ModuleId.INTUITION_ENGINE, false).isSelected()).isFalse();
        assertThat(row(ModuleId.INTUITION_ENGINE).status()).isEqualTo("Disabled");
        assertThat(engine.intuition().isEnabled()).isFalse();
        assertThat(engine.intuition().runCycle().skipped()).isTrue();
        assertThat(fixture.journal.recent()).containsExactly("modules disable intuition_engine");

        clickOn(ShownSwitches.await(this, ModuleId.INTUITION_ENGINE, false));
        ShownSwitches.await(this, ModuleId.INTUITION_ENGINE, true);
        assertThat(row(ModuleId.INTUITION_ENGINE).status()).isEqualTo("Ready, runs on request");
        assertThat(engine.intuition().isEnabled()).isTrue();
        assertThat(fixture.journal.recent()).containsExactly("modules disable intuition_engine",
                "modules enable intuition_engine");
        assertThat(fixture.errors()).isEmpty();
    }

    @Test
    void aCorePartsSwitchCannotBeUsedAndSaysWhy() throws Exception {
        clickOn(ShownSwitches.await(this, ModuleId.GUARDIAN, true));
        WaitForAsyncUtils.waitForFxEvents();
        ToggleSwitch guardian = ShownSwitches.await(this, ModuleId.GUARDIAN, true);
        assertThat(guardian.isDisabled()).isTrue();
        String note = row(ModuleId.GUARDIAN).note();
        assertThat(note).isEqualTo("Core part and security-critical: it checks every write against the CDNA and the"
                + " quotas");
        assertThat(lookup(note).tryQuery()).isPresent();
        assertThat(engine.moduleSwitches().isEnabled(ModuleId.GUARDIAN)).isTrue();
        assertThat(fixture.journal.recent()).isEmpty();
    }

    @Test
    void disablingTheEventBusIsConfirmedFirst() throws Exception {
        clickOn(ShownSwitches.await(this, ModuleId.SIGNAL_SYSTEM, true));
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Disable Event bus?");
        assertThat(dialog.getContentText()).startsWith("This stops all event processing");
        clickOn("Cancel");
        assertThat(engine.events().isEnabled()).isTrue();
        assertThat(fixture.journal.recent()).isEmpty();

        clickOn(ShownSwitches.await(this, ModuleId.SIGNAL_SYSTEM, true));
        clickOn("Disable");
        ShownSwitches.await(this, ModuleId.SIGNAL_SYSTEM, false);
        assertThat(row(ModuleId.SIGNAL_SYSTEM).status()).isEqualTo("Disabled");
        assertThat(engine.events().isEnabled()).isFalse();
        assertThat(fixture.journal.recent()).containsExactly("modules disable signal_system");

        clickOn(ShownSwitches.await(this, ModuleId.SIGNAL_SYSTEM, false));
        ShownSwitches.await(this, ModuleId.SIGNAL_SYSTEM, true);
        assertThat(fixture.journal.recent()).endsWith("modules enable signal_system");
    }

    @Test
    void aSwitchTheEngineRefusesIsReportedAndTheSwitchStaysAsItWas() throws Exception {
        ToggleSwitch intuition = ShownSwitches.await(this, ModuleId.INTUITION_ENGINE, true);
        engine.close();
        clickOn(intuition);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fixture.errors().contains(
                "Cannot switch the module: The engine is closed"));
        assertThat(ShownSwitches.await(this, ModuleId.INTUITION_ENGINE, true).isSelected()).isTrue();
        assertThat(fixture.journal.recent()).isEmpty();
    }

    /** The row of {@code id} as the view-model holds it now (read on the FX thread, which replaces the rows). */
    private ModuleRow row(ModuleId id) throws Exception {
        TableView<ModuleRow> table = lookup("#modules-table").queryTableView();
        return WaitForAsyncUtils.asyncFx(() -> table.getItems().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow()).get();
    }
}
