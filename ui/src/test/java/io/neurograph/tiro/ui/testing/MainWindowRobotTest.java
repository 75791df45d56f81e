package io.neurograph.tiro.ui.testing;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.tiro.ui.TiroApplication;
import io.neurograph.tiro.ui.UiContext;
import io.neurograph.tiro.ui.status.EngineStatusSource;
import io.neurograph.tiro.ui.status.StatusSnapshot;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Robot test of the real main window ({@link TiroApplication}) on a real engine, headless through Monocle (see
 * the surefire argLine in ui/pom.xml). The window keeps its state in {@link #stateFile()} inside the temporary
 * {@link #dataDir}; after each test the window is hidden and the engine closed. Subclasses change the engine,
 * the status bar's figures or the context through the protected hooks.
 */
public abstract class MainWindowRobotTest extends ApplicationTest {
    @TempDir
    protected Path dataDir;
    protected Engine engine;

    /** Opens the engine and the window; also usable to reopen them ({@code FxToolkit.setupStage(this::start)}). */
    @Override
    public final void start(Stage stage) {
        engine = Engine.open(engineConfig());
        new TiroApplication(context(engine, this::status, stateFile())).start(stage);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
        engine.close();
    }

    /** An in-memory engine unless overridden ({@link #dataDir} is already set when this is called). */
    protected EngineConfig engineConfig() {
        return EngineConfig.inMemory();
    }

    /** What the status bar is fed: a running engine with nothing in it unless overridden. */
    protected StatusSnapshot status() {
        return new StatusSnapshot("RUNNING", 0, 0, 0, 1, 0);
    }

    /** A window whose first-start offer was already made unless overridden (see {@link TestContexts}). */
    protected UiContext context(Engine engine, EngineStatusSource status, Path stateFile) {
        return TestContexts.of(engine, status, stateFile);
    }

    /** Where the window remembers its state (tab, theme, language). */
    protected Path stateFile() {
        return dataDir.resolve("ui.properties");
    }
}
