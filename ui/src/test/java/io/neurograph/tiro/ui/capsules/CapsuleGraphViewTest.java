package io.neurograph.tiro.ui.capsules;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.testing.FeatureRobotTest;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Robot test of the Model view over a small .cgraph written by the engine's writer. */
class CapsuleGraphViewTest extends FeatureRobotTest<CapsuleGraphFeature> {
    @TempDir
    Path dir;

    CapsuleGraphViewTest() {
        super(1000, 700);
    }

    @Override
    protected CapsuleGraphFeature create(FeatureContext context) {
        return CapsuleGraphFeature.create(context);
    }

    @Test
    void showsTheCapsulesAndExpandsOneToItsNodes() throws Exception {
        Path file = SampleModels.cgraph(dir.resolve("sample.cgraph"));
        interact(() -> feature.open(file));
        TreeTableView<StructureRow> tree = lookup("#capsules-tree").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tree.getRoot() != null
                && tree.getRoot().getChildren().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();   // the tree is filled before the totals, in the same FX event

        assertThat(tree.getRoot().getChildren()).extracting(i -> i.getValue().name())
                .containsExactly("embeddings", "block0", "head");
        assertThat(lookup("#capsules-totals").queryAs(Label.class).getText())
                .isEqualTo("3 capsules · 4 nodes · 3 tensors · 8.2 KiB");
        assertThat(tree.getExpandedItemCount()).isEqualTo(3);

        TreeItem<StructureRow> block = tree.getRoot().getChildren().get(1);
        doubleClickOn("block0");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(block.isExpanded()).isTrue();
        assertThat(tree.getExpandedItemCount()).isEqualTo(6);
        assertThat(lookup("MatMul").tryQuery()).isPresent();
        TableView<?> tensors = lookup("#capsules-tensors").query();
        assertThat(tensors.getItems()).hasSize(2);
        assertThat(lookup("#capsules-tensor-title").queryAs(Label.class).getText())
                .isEqualTo("Tensors of block0 (2)");
    }

    @Test
    void expandAllShowsEveryNode() throws Exception {
        Path file = SampleModels.cgraph(dir.resolve("sample.cgraph"));
        interact(() -> feature.open(file));
        TreeTableView<StructureRow> tree = lookup("#capsules-tree").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tree.getRoot() != null
                && !tree.getRoot().getChildren().isEmpty());

        clickOn("#capsules-expand");
        assertThat(tree.getExpandedItemCount()).isEqualTo(3 + 4);

        clickOn("#capsules-collapse");
        assertThat(tree.getExpandedItemCount()).isEqualTo(3);
    }
}
