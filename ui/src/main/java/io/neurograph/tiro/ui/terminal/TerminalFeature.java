package io.neurograph.tiro.ui.terminal;

import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
import java.nio.file.Path;
import javafx.scene.Node;

/** The Terminal tab: the {@code tiro} command tree in-process, plus the echo of every other tab's actions. */
public final class TerminalFeature {
    private TerminalFeature() {
    }

    public static Feature create(FeatureContext context) {
        Path dataDir = context.engine().config().dataDir();
        TerminalViewModel model = new TerminalViewModel(context.console(), context.executor(), context.messages(),
                context.journal(), dataDir == null ? null : dataDir.resolve("terminal-history.txt"));
        TerminalView view = new TerminalView(model, context.messages());
        return new Feature() {
            @Override
            public Node node() {
                return view;
            }

            @Override
            public void shown() {
                view.focusInput();
            }
        };
    }
}
