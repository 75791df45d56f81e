package io.neurograph.tiro.app;

import io.neurograph.engine.DataDirectory;
import io.neurograph.engine.Engine;
import io.neurograph.tiro.app.cli.CliSession;
import io.neurograph.tiro.app.cli.InProcessConsole;
import io.neurograph.tiro.app.cli.TiroCli;
import io.neurograph.tiro.ui.TiroDesktop;
import io.neurograph.tiro.ui.UiContext;
import io.neurograph.tiro.ui.settings.SettingsFeature;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Opens the desktop app on the session's engine and returns when the window is closed. The window appears
 * while the engine is still opening its data folder on another thread, so a large graph does not keep the
 * user staring at nothing. The engine gets the threads and sentence model saved in Settings before any tab uses it.
 */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static int open(CliSession session) throws Exception {
        Path option = session.dataDirOption();
        Path dataDir = DataDirectory.resolve(option == null ? null : option.toString());
        Locale locale = Locale.getDefault();
        CompletableFuture<UiContext> context = new CompletableFuture<>();
        Thread.ofPlatform().name("tiro-engine-open").start(() -> {
            try {
                Engine engine = session.engine();
                SettingsFeature.applySaved(engine, DataDirectory.configDir());
                context.complete(new UiContext(engine, new InProcessConsole(engine), new EngineStatusAdapter(engine),
                        dataDir.resolve("ui.properties"), locale));
            } catch (Exception | Error e) {
                context.completeExceptionally(e);
            }
        });
        boolean opened = TiroDesktop.launch(new TiroDesktop.Start(dataDir.resolve("ui.properties"), locale), context,
                new StartupProbe());
        // a window closed while the engine was still opening: let it finish, so the session closes it
        context.exceptionally(e -> null).join();
        return opened ? 0 : TiroCli.EXIT_ERROR;
    }
}
