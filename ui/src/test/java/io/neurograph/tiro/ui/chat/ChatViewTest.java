package io.neurograph.tiro.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.tiro.ui.shell.AppTab;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.testing.FeatureRobotTest;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Robot tests of the Chat tab on an engine bootstrapped in the test from planted clusters, headless. */
class ChatViewTest extends FeatureRobotTest<ChatFeature> {
    @TempDir
    Path dir;

    ChatViewTest() {
        super(1000, 700);
    }

    @Override
    protected Engine openEngine() throws Exception {
        return PlantedEngine.open(dir);
    }

    @Override
    protected ChatFeature create(FeatureContext context) {
        return ChatFeature.create(context);
    }

    @Test
    void askInChatAndGiveFeedback() throws Exception {
        clickOn("#chat-question").write("c3w1").type(KeyCode.ENTER);
        VBox turns = lookup("#chat-turns").queryAs(VBox.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !turns.getChildren().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();   // the rest of the callback and the cells' layout

        ChatTurn turn = feature.model().selectedProperty().get().turns().getFirst();
        assertThat(turn.hits()).isNotEmpty();
        assertThat(turn.hits()).allSatisfy(h -> assertThat(h.label()).startsWith("c3w"));
        assertThat(fixture.journal.recent()).containsExactly("query \"c3w1\"");

        clickOn(lookup(".tiro-chat-thumb-up").<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.journal.recent().size() == 2);
        assertThat(fixture.journal.recent().get(1)).isEqualTo("feedback " + turn.queryId() + " 1 --positive");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(feature.model().selectedProperty().get().turns().getFirst().hits().getFirst().verdict())
                .isEqualTo("positive");
        assertThat(fixture.errors()).isEmpty();

        clickOn(lookup(".tiro-chat-explain").<Node>query());
        assertThat(lookup(".tiro-chat-hit .label").queryAllAs(Label.class)).anySatisfy(
                l -> assertThat(l.getText()).contains("similarity in the original space").contains("L8 distance"));

        clickOn(lookup(".tiro-chat-show-in-graph").<Node>query());
        assertThat(fixture.selectedTabs).containsExactly(AppTab.GRAPH);
    }

    @Test
    void saysWhenNothingIsBootstrappedAndOffersTheBootstrapTab() throws Exception {
        interact(() -> {
            feature.close();
            fixture.context.executor().close();
            engine.close();
            engine = Engine.open(EngineConfig.at(dir.resolve("empty")));
            show((Stage) window(0));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#chat-nothing-bootstrapped").query().isVisible());

        clickOn("#chat-open-bootstrap");
        assertThat(fixture.selectedTabs).containsExactly(AppTab.BOOTSTRAP);
    }
}
