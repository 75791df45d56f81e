package io.neurograph.tiro.app;

import io.neurograph.tiro.ui.TiroDesktop;
import io.neurograph.tiro.ui.UiContext;
import java.util.Locale;

/** Entry point of the {@code tiro} command: no argument opens the desktop app, arguments run the CLI. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.out.println("CLI not wired yet");
            return;
        }
        TiroDesktop.launch(new UiContext(new NoEngineStatusSource(),
                DataFolder.resolve().resolve("ui.properties"), Locale.getDefault()));
    }
}
