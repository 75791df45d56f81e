package io.neurograph.tiro.ui.testing;

import atlantafx.base.theme.PrimerLight;
import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Robot test of one tab alone, headless through Monocle: its feature is built from a {@link FeatureFixture}
 * (real FX executor) on a real engine and shown by itself in the light theme. After each test the stage is
 * hidden, then the feature, the executor and the engine are closed, as the main window does.
 */
public abstract class FeatureRobotTest<F extends Feature> extends ApplicationTest {
    private final double width;
    private final double height;
    protected Engine engine;
    protected FeatureFixture fixture;
    protected F feature;

    /** {@code width} × {@code height}: the size of the scene the feature is shown in. */
    protected FeatureRobotTest(double width, double height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        engine = openEngine();
        show(stage);
    }

    /** Builds a new fixture and feature on {@link #engine} and shows the feature alone in {@code stage}. */
    protected void show(Stage stage) {
        fixture = new FeatureFixture(engine);
        feature = create(fixture.context);
        stage.setScene(new Scene((Parent) feature.node(), width, height));
        stage.show();
    }

    /** An in-memory engine unless overridden (a subclass's {@code @TempDir} is already set when this is called). */
    protected Engine openEngine() throws Exception {
        return Engine.open(EngineConfig.inMemory());
    }

    protected abstract F create(FeatureContext context);

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
        interact(feature::close);
        fixture.context.executor().close();
        engine.close();
    }
}
