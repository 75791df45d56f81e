package io.neurograph.tiro.app;

import io.neurograph.engine.Engine;
import io.neurograph.tiro.app.cli.CliSession;
import io.neurograph.tiro.app.cli.InProcessConsole;
import io.neurograph.tiro.ui.TiroDesktop;
import io.neurograph.tiro.ui.UiContext;
import java.util.Locale;

/** Opens the desktop app on the session's engine and returns when the window is closed. */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static int open(CliSession session) throws Exception {
        Engine engine = session.engine();
        Locale locale = Locale.getDefault();
        TiroDesktop.launch(new UiContext(engine, new InProcessConsole(engine), new EngineStatusAdapter(engine),
                engine.config().dataDir().resolve("ui.properties"), locale), new StartupProbe());
        return 0;
    }
}
