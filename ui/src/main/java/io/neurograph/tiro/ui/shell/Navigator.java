package io.neurograph.tiro.ui.shell;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Cross-tab navigation ("show in graph", "show capsule graph", the first-start bootstrap): a feature asks, the
 * feature that can answer registers the handler, and the main window switches to the tab. FX thread only.
 */
public final class Navigator {
    private final Consumer<AppTab> selectTab;
    private LongConsumer tokenHandler = id -> { };
    private Consumer<Path> modelHandler = path -> { };
    private Runnable defaultBootstrapHandler = () -> { };

    public Navigator(Consumer<AppTab> selectTab) {
        this.selectTab = selectTab;
    }

    public void selectTab(AppTab tab) {
        selectTab.accept(tab);
    }

    /** Opens the Graph tab on the neighbourhood of token {@code id}. */
    public void showToken(long id) {
        selectTab.accept(AppTab.GRAPH);
        tokenHandler.accept(id);
    }

    /** Opens the Graph tab on the capsule graph of a converted {@code .cgraph} model. */
    public void showModel(Path cgraph) {
        selectTab.accept(AppTab.GRAPH);
        modelHandler.accept(cgraph);
    }

    /** Opens the Bootstrap tab and starts the bootstrap of the built-in vocabulary (the first-start offer). */
    public void bootstrapDefault() {
        selectTab.accept(AppTab.BOOTSTRAP);
        defaultBootstrapHandler.run();
    }

    public void onBootstrapDefault(Runnable handler) {
        this.defaultBootstrapHandler = handler;
    }

    public void onShowToken(LongConsumer handler) {
        this.tokenHandler = handler;
    }

    public void onShowModel(Consumer<Path> handler) {
        this.modelHandler = handler;
    }
}
