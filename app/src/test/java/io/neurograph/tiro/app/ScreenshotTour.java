package io.neurograph.tiro.app;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.tiro.app.cli.InProcessConsole;
import io.neurograph.tiro.ui.TiroApplication;
import io.neurograph.tiro.ui.UiContext;
import io.neurograph.tiro.ui.shell.ThemeChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes the screenshots in docs/screenshots: the real app on a real data folder, driven by the robot on a real
 * X display, captured with ImageMagick's {@code import}. Not part of the suite; run it as docs/screenshots/README.md
 * says (Xvfb, a bootstrapped copy of a data folder, a converted model).
 */
@EnabledIfSystemProperty(named = "tiro.screenshots", matches = ".+")
class ScreenshotTour extends ApplicationTest {
    private final Path out = Path.of(System.getProperty("tiro.screenshots", "."));
    private final Path data = Path.of(System.getProperty("tiro.screenshots.data", "."));
    private final Path model = Path.of(System.getProperty("tiro.screenshots.model", "model.onnx"));
    private Engine engine;

    @Override
    public void start(Stage stage) {
        engine = Engine.open(EngineConfig.at(data));
        new TiroApplication(new UiContext(engine, new InProcessConsole(engine), new EngineStatusAdapter(engine),
                data.resolve("ui.properties"), Locale.ENGLISH, Optional.of(ThemeChoice.LIGHT))).start(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1440);
        stage.setHeight(900);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.hideStage();
        engine.close();
    }

    @Test
    void everyTabInBothThemes() throws Exception {
        Files.createDirectories(out);
        prepare();
        for (String theme : new String[] {"light", "dark"}) {
            if (theme.equals("dark")) {
                clickOn("View").clickOn("Dark theme");
            }
            shoot("dashboard", theme, "#tab-dashboard");
            shoot("graph", theme, "#tab-graph", "#graph-view-neighbourhood");
            shoot("concept-map", theme, "#tab-graph", "#graph-view-concept-map");
            shoot("model", theme, "#tab-graph", "#graph-view-model");
            shoot("cdna", theme, "#tab-cdna");
            shoot("bootstrap", theme, "#tab-bootstrap");
            shoot("chat", theme, "#tab-chat");
            shoot("terminal", theme, "#tab-terminal");
            shoot("modules", theme, "#tab-modules");
            shoot("logs", theme, "#tab-logs");
            shoot("settings", theme, "#tab-settings");
        }
    }

    /** Puts something on every screen: a graph, a conversation, a conversion with its report, terminal output. */
    private void prepare() throws Exception {
        clickOn("#tab-graph");
        clickOn("#graph-search").write("dog").type(KeyCode.ENTER);
        pause(4);

        clickOn("#tab-chat");
        clickOn("#chat-question").write("animals that bark").type(KeyCode.ENTER);
        pause(10);

        clickOn("#tab-terminal");
        clickOn("#terminal-input").write("status").type(KeyCode.ENTER);
        pause(2);
        write("query puppy --k 5").type(KeyCode.ENTER);
        pause(6);

        clickOn("#tab-bootstrap");
        clickOn("#bootstrap-choose");
        pause(3);
        // the file chooser is GTK's own dialog, out of the JavaFX robot's reach
        // no window manager under Xvfb: give the dialog the keyboard focus by hand
        xdotool("search", "--sync", "--name", "Choose a file", "windowfocus", "--sync", "%1");
        xdotool("key", "ctrl+l");
        xdotool("type", "--delay", "20", model.toString());
        xdotool("key", "Return");
        xdotool("search", "--sync", "--name", "Tiro Control Center", "windowfocus", "--sync", "%1");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#bootstrap-start").tryQuery()
                .filter(n -> n.isVisible() && !n.isDisabled()).isPresent());
        clickOn("#bootstrap-start");
        pause(25);
        lookup("Show capsule graph").tryQuery().ifPresent(this::clickOn);
        pause(3);

        clickOn("#tab-cdna");
        doubleClickOn(lookup("#cdna-scale-spinner-1").queryAs(Spinner.class).getEditor());
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write("9").type(KeyCode.ENTER);
        pause(1);
    }

    private void shoot(String name, String theme, String... clicks) throws Exception {
        for (String click : clicks) {
            clickOn(click);
        }
        moveTo(1400, 880);
        pause(3);
        Process p = new ProcessBuilder("import", "-window", "root", out.resolve(name + "-" + theme + ".png").toString())
                .inheritIO().start();
        p.waitFor(30, TimeUnit.SECONDS);
    }

    private static void xdotool(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "xdotool";
        System.arraycopy(args, 0, command, 1, args.length);
        new ProcessBuilder(command).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        pause(1);
    }

    private static void pause(int seconds) {
        WaitForAsyncUtils.sleep(seconds, TimeUnit.SECONDS);
    }
}
