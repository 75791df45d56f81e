package io.neurograph.tiro.ui.cdna;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.cdna.CdnaValidation.Issue;
import io.neurograph.engine.cdna.ProfileId;
import io.neurograph.engine.cdna.Severity;
import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.event.Subscription;
import io.neurograph.tiro.ui.concurrent.CurrentThreadTaskExecutor;
import io.neurograph.tiro.ui.testing.FeatureFixture;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CdnaViewModelTest {
    private Engine engine;
    private FeatureFixture fixture;
    private CdnaViewModel model;

    @BeforeEach
    void open() {
        engine = Engine.open(EngineConfig.inMemory());
        fixture = new FeatureFixture(engine, new CurrentThreadTaskExecutor());
        model = new CdnaViewModel(fixture.context);
        model.refresh();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void validationComesFromTheEngineWithZones() {
        assertThat(model.issues()).isEmpty();

        model.setScale(0, 12);      // L1 max 20: caution above 10
        assertThat(model.zoneProperty(0).get()).isEqualTo(Severity.CAUTION);
        model.setScale(0, 16);      // danger above 15
        assertThat(model.zoneProperty(0).get()).isEqualTo(Severity.DANGER);
        model.setScale(1, 0);       // a scale must be > 0
        assertThat(model.issues()).extracting(Issue::field).containsExactly("dimension_scales[0]", "dimension_scales[1]");
        assertThat(model.issues()).extracting(Issue::severity).containsExactly(Severity.DANGER, Severity.ERROR);
        assertThat(model.canApply().get()).isFalse();

        model.setScale(1, 1);
        assertThat(model.canApply().get()).isTrue();
    }

    @Test
    void diffShowsTheEditedFieldsAgainstTheActiveCdnaOrAPreset() {
        model.setScale(4, 3);
        assertThat(model.diff().filtered(DiffRow::changed))
                .containsExactly(new DiffRow("dimension_scales[4]", "1.0", "3.0"));

        model.compareTargetProperty().set(CompareTarget.ANALYST);
        assertThat(model.diff().filtered(DiffRow::changed)).extracting(DiffRow::field)
                .contains("profile", "dimension_scales[4]", "max_out_degree", "flags")
                .doesNotContain("modified_at", "checksum");
    }

    @Test
    void editsAreUndoableCommands() {
        model.setScale(2, 5);
        model.setFlag(CdnaFlag.STRICT, true);
        assertThat(model.canUndoProperty().get()).isTrue();

        model.undo();
        assertThat(model.draftProperty().get().hasFlag(CdnaFlag.STRICT.bit())).isFalse();
        assertThat(model.draftProperty().get().dimensionScale(2)).isEqualTo(5f);
        model.undo();
        assertThat(model.draftProperty().get().dimensionScale(2)).isEqualTo(1f);
        assertThat(model.planProperty().get()).isNull();

        model.redo();
        assertThat(model.draftProperty().get().dimensionScale(2)).isEqualTo(5f);
        assertThat(model.canRedoProperty().get()).isTrue();
    }

    @Test
    void appliesScalesAsCdnaSetAndRollsBack() {
        model.setScale(0, 2);
        model.apply();

        assertThat(engine.cdna().current().dimensionScale(0)).isEqualTo(2f);
        assertThat(fixture.journal.recent()).containsExactly("cdna set --scales 2.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0");
        assertThat(model.history()).hasSize(1);
        assertThat(model.canUndoProperty().get()).isFalse();

        model.rollback();
        assertThat(engine.cdna().current().dimensionScale(0)).isEqualTo(1f);
        assertThat(model.draftProperty().get().dimensionScale(0)).isEqualTo(1f);
        assertThat(fixture.journal.recent()).last().isEqualTo("cdna rollback");
    }

    @Test
    void aPresetIsAppliedAsAProfileSwitchAndALimitChangeAsAnImportedFile() {
        model.loadProfile(ProfileId.EXPLORER);
        model.apply();
        assertThat(engine.cdna().current().profile()).isEqualTo(ProfileId.EXPLORER);
        assertThat(fixture.journal.recent()).last().isEqualTo("cdna profile explorer");

        model.setLimit(CdnaLimit.MAX_IN_DEGREE, 42);
        model.apply();
        assertThat(engine.cdna().current().maxInDegree()).isEqualTo(42);
        assertThat(fixture.journal.recent()).last().asString().startsWith("cdna import ").endsWith(".json");
        assertThat(fixture.errors()).isEmpty();
    }

    @Test
    void quarantineTrialStartsAndIsAccepted() {
        model.setScale(7, 4);
        model.trialSecondsProperty().set(60);
        model.startTrial();
        assertThat(model.trialProperty().get()).isNotNull();
        assertThat(fixture.journal.recent()).last()
                .isEqualTo("cdna quarantine start --scales 1.0,1.0,1.0,1.0,1.0,1.0,1.0,4.0 --duration 60");
        assertThat(model.canApply().get()).isFalse();

        try (Subscription changes = engine.events().subscribe(Set.of(EngineEvent.CdnaUpdated.class), 8)) {
            model.poll(changes);
        }
        assertThat(model.trialProperty().get().remainingSeconds()).isLessThanOrEqualTo(60);
        model.acceptTrial();
        assertThat(model.trialProperty().get()).isNull();
        assertThat(engine.cdna().current().dimensionScale(7)).isEqualTo(4f);
        assertThat(fixture.journal.recent()).last().isEqualTo("cdna quarantine accept");
    }

    @Test
    void followsChangesMadeElsewhere() {
        try (Subscription changes = engine.events().subscribe(
                Set.of(EngineEvent.CdnaUpdated.class, EngineEvent.CdnaRolledBack.class), 8)) {
            engine.cdna().switchProfile(ProfileId.ANALYST);   // as the Terminal would
            model.poll(changes);
        }
        assertThat(model.activeProperty().get().profile()).isEqualTo(ProfileId.ANALYST);
        assertThat(model.draftProperty().get().profile()).isEqualTo(ProfileId.ANALYST);
        assertThat(model.history()).hasSize(1);
    }

    @Test
    void shellWordsQuoteWhatTheTerminalWouldSplit() {
        assertThat(ShellWords.quote("/tmp/a.json")).isEqualTo("/tmp/a.json");
        assertThat(ShellWords.quote("/tmp/my file's.json")).isEqualTo("'/tmp/my file'\\''s.json'");
    }
}
