package io.neurograph.tiro.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import io.neurograph.tiro.ui.support.Resources;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** A notification on the main scene's stylesheet and the dark theme: painted, readable, wrapped, no CSS warning. */
class ControlsFxNotifierTest extends ApplicationTest {
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        Scene scene = new Scene(new StackPane(), 1000, 700);
        scene.getStylesheets().add(Resources.stylesheet("tiro.css"));
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void aLongErrorShowsOnAThemedBackgroundWrappedWithinItsWidthWithoutCssWarnings() throws Exception {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(handler);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        try {
            interact(() -> new ControlsFxNotifier(stage).error("Bootstrap first.txt",
                    "The data folder already holds a bootstrap of another source or with other options. ".repeat(4)));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> popupPane() != null);
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            System.setErr(err);
            Logger.getLogger("").removeHandler(handler);
        }

        Region pane = popupPane();
        assertThat(pane.getBackground()).isNotNull();
        assertThat(pane.getBackground().getFills()).isNotEmpty()
                .allSatisfy(fill -> assertThat(((Color) fill.getFill()).getOpacity()).isEqualTo(1.0));
        Label text = pane.lookupAll(".label").stream().map(Label.class::cast)
                .filter(l -> l.getText().startsWith("The data folder")).findFirst().orElseThrow();
        assertThat(text.getWidth()).isLessThanOrEqualTo(420);
        assertThat(text.getHeight()).isGreaterThan(3 * text.getFont().getSize());   // wrapped to several lines
        assertThat(String.join("\n", logged) + captured).doesNotContain("ClassCastException", "-fx-background-color");
    }

    private static Region popupPane() {
        return Window.getWindows().stream().filter(Popup.class::isInstance)
                .map(w -> (Region) w.getScene().getRoot().lookup(".notification-bar > .pane")).filter(p -> p != null)
                .findFirst().orElse(null);
    }
}
