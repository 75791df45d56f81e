package io.neurograph.tiro.ui.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import atlantafx.base.theme.Styles;
import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.guardian.QuotaExceededException;
import io.neurograph.engine.module.ModuleId;
import io.neurograph.engine.token.Token;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.testing.FeatureRobotTest;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Robot test of the Modules tab's settings form on a persistent engine: what is applied is what the engine runs. */
class ModuleSettingsViewTest extends FeatureRobotTest<ModulesFeature> {
    @TempDir
    Path dataDir;

    ModuleSettingsViewTest() {
        super(1250, 780);   // the headless screen is 1280 × 800
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
    void anEditedValueIsAppliedTakenByTheEngineAndEchoed() throws Exception {
        selectPart(ModuleId.INTUITION_ENGINE);
        TextField confidence = field("min_confidence", "0.7");
        assertThat(lookup("#modules-config-apply").queryButton().isDisabled()).isTrue();
        assertThat(lookup(".titled-pane").queryAllAs(TitledPane.class)).extracting(TitledPane::getText)
                .contains("Settings of IntuitionEngine");

        replaceText(confidence, "0.8");
        assertThat(lookup("#modules-config-apply").queryButton().isDisabled()).isFalse();
        clickOn("#modules-config-apply");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> engine.intuition().config().minConfidence() == 0.8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.journal.recent()).containsExactly("modules config intuition_engine min_confidence=0.8");
        assertThat(confidence.getText()).isEqualTo("0.8");
        assertThat(lookup("#modules-config-apply").queryButton().isDisabled()).isTrue();
        assertThat(fixture.errors()).isEmpty();

        TableView<ConfigRow> fixed = lookup("#modules-config").queryTableView();
        assertThat(fixed.getItems()).extracting(ConfigRow::setting).contains("streamCapacity", "maxHistorySize")
                .doesNotContain("minConfidence", "batchSize", "maxTokens", "memoryThreshold");
    }

    @Test
    void aBadValueNamesTheSettingAndApplyStaysDisabledUntilReverted() throws Exception {
        selectPart(ModuleId.INTUITION_ENGINE);
        TextField confidence = field("min_confidence", "0.7");
        replaceText(confidence, "1.4");
        Label problems = lookup("#modules-config-problems").queryAs(Label.class);
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getText()).isEqualTo("Minimum confidence (min_confidence): enter a number from 0 to 1");
        assertThat(confidence.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        Button apply = lookup("#modules-config-apply").queryButton();
        assertThat(apply.isDisabled()).isTrue();

        replaceText(field("batch_size", "1000"), "many");
        assertThat(problems.getText()).as("in the form's order").isEqualTo("Batch size (batch_size): enter a whole"
                + " number from 1 to 1000000\nMinimum confidence (min_confidence): enter a number from 0 to 1");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(apply.isDisabled()).isTrue();
        assertThat(engine.intuition().config().minConfidence()).isEqualTo(0.7);
        assertThat(fixture.journal.recent()).isEmpty();

        clickOn("#modules-config-revert");
        assertThat(confidence.getText()).isEqualTo("0.7");
        assertThat(confidence.getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);
        assertThat(problems.isVisible()).isFalse();
        assertThat(apply.isDisabled()).isTrue();
    }

    @Test
    void aQuotaResetToItsDefaultAndALoweredOneAreBothInForce() throws Exception {
        engine.moduleSettings().configure(ModuleId.GUARDIAN, Map.of("max_tokens", "5"));  // as the Terminal would
        selectPart(ModuleId.GUARDIAN);
        TextField tokens = field("max_tokens", "5");
        clickOn("#modules-setting-reset-max_tokens");
        assertThat(tokens.getText()).isEqualTo("10000000");
        assertThat(lookup("#modules-setting-reset-max_tokens").queryButton().isDisabled()).isTrue();
        clickOn("#modules-config-apply");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fixture.journal.recent().size() == 1);
        assertThat(fixture.journal.recent()).containsExactly("modules config guardian max_tokens=10000000");
        assertThat(engine.guardian().config().maxTokens()).hasValue(10_000_000);

        replaceText(tokens, "2");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fixture.journal.recent().size() == 2);
        assertThat(fixture.journal.recent()).endsWith("modules config guardian max_tokens=2");
        engine.tokens().create(Token.builder().build(), "one");
        engine.tokens().create(Token.builder().build(), "two");
        assertThatThrownBy(() -> engine.tokens().create(Token.builder().build(), "three"))
                .isInstanceOf(QuotaExceededException.class).hasMessageContaining("max_tokens 2");
    }

    @Test
    void aPartWithoutSettingsSaysWhy() throws Exception {
        selectPart(ModuleId.CDNA);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#modules-config-reason").queryAs(Label.class).getText()).startsWith(
                "The CDNA is changed as a whole in the CDNA tab");
        assertThat(lookup("#modules-config-apply").tryQuery()).isEmpty();
        assertThat(lookup(".titled-pane").queryAllAs(TitledPane.class)).extracting(TitledPane::getText)
                .contains("Settings of CDNA");
    }

    @Test
    void anEditSurvivesARefreshWhileUntouchedFieldsFollowTheEngine() throws Exception {
        selectPart(ModuleId.INTUITION_ENGINE);
        TextField confidence = field("min_confidence", "0.7");
        replaceText(confidence, "0.9");
        engine.moduleSettings().configure(ModuleId.INTUITION_ENGINE, Map.of("batch_size", "300"));
        clickOn("#modules-refresh");
        field("batch_size", "300");
        assertThat(confidence.getText()).isEqualTo("0.9");
        assertThat(lookup("#modules-config-apply").queryButton().isDisabled()).isFalse();
        TableView<ModuleRow> parts = lookup("#modules-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                parts.getSelectionModel().getSelectedItem() != null
                        && parts.getSelectionModel().getSelectedItem().id() == ModuleId.INTUITION_ENGINE).get());
    }

    @Test
    void aChangeTheEngineRefusesIsReportedAndNotEchoed() throws Exception {
        selectPart(ModuleId.INTUITION_ENGINE);
        replaceText(field("min_confidence", "0.7"), "0.8");
        engine.close();
        clickOn("#modules-config-apply");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fixture.errors().contains(
                "Cannot change the settings: The engine is closed"));
        assertThat(fixture.journal.recent()).isEmpty();
    }

    /** Clicks the part's name in the table, as a user picks it. */
    private void selectPart(ModuleId id) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> nameCell(id) != null).get());
        clickOn(WaitForAsyncUtils.asyncFx(() -> nameCell(id)).get());
    }

    private TableCell<?, ?> nameCell(ModuleId id) {
        String name = lookup("#modules-table").queryTableView().getItems().stream()
                .map(ModuleRow.class::cast).filter(r -> r.id() == id).map(ModuleRow::name).findFirst().orElse(null);
        return lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.isVisible() && name != null && name.equals(c.getText())
                        && c.getTableRow() != null && c.getTableRow().getItem() instanceof ModuleRow r && r.id() == id)
                .findFirst().orElse(null);
    }

    /** The field of {@code key} once it shows {@code text}. */
    private TextField field(String key, String text) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                lookup("#modules-setting-" + key).tryQuery().map(n -> text.equals(((TextField) n).getText()))
                        .orElse(false)).get());
        return lookup("#modules-setting-" + key).queryAs(TextField.class);
    }

    private void replaceText(TextField field, String text) {
        clickOn(field).push(KeyCode.SHORTCUT, KeyCode.A).write(text);
    }
}
