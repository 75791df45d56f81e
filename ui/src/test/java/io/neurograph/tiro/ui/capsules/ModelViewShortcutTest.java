package io.neurograph.tiro.ui.capsules;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.tiro.ui.conceptmap.ConceptMapFeature;
import io.neurograph.tiro.ui.graph.GraphFeature;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.testing.FeatureRobotTest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Robot test of the Model view's Ctrl+O inside the whole Graph tab: heard right after the view is chosen in the
 * tab's switcher (which keeps the focus, outside the view), not while another view shows. The only stand-in is
 * for the platform's file-chooser dialog, which headless Monocle does not have: the test answers it with a
 * model and records what it was asked.
 */
class ModelViewShortcutTest extends FeatureRobotTest<GraphFeature> {
    @TempDir
    Path dir;
    private final List<FileChooser> choosers = new CopyOnWriteArrayList<>();
    private volatile Path chosen;

    ModelViewShortcutTest() {
        super(1000, 700);
    }

    @Override
    protected GraphFeature create(FeatureContext context) {
        CapsuleGraphFeature model = CapsuleGraphFeature.create(context, (chooser, owner) -> {
            choosers.add(chooser);
            return chosen == null ? null : chosen.toFile();
        });
        return new GraphFeature(context, open -> ConceptMapFeature.create(context, open), model, model::open);
    }

    @Test
    void ctrlOOpensAModelRightAfterChoosingTheModelViewAndNotFromAnotherView() throws Exception {
        chosen = SampleModels.cgraph(dir.resolve("sample.cgraph"));
        ctrlO();   // the Neighbourhood view shows
        assertThat(choosers).isEmpty();

        clickOn("#graph-view-model");
        assertThat(lookup("#graph-view-model").query().isFocused()).isTrue();
        ctrlO();
        assertThat(choosers).singleElement().extracting(FileChooser::getTitle).isEqualTo("Open a model");
        TreeTableView<StructureRow> tree = lookup("#capsules-tree").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tree.getRoot() != null
                && tree.getRoot().getChildren().size() == 3);

        clickOn("#graph-view-concept-map");
        ctrlO();
        assertThat(choosers).hasSize(1);
    }

    private void ctrlO() {
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
    }
}
