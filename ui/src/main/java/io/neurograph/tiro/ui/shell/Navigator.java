package io.neurograph.tiro.ui.shell;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Cross-tab navigation ("show in graph", "show capsule graph"): a feature asks, the Graph feature registers
 * the handler, and the main window switches to the tab. Used on the FX thread only.
 */
public final class Navigator {
    private final Consumer<AppTab> selectTab;
    private LongConsumer tokenHandler = id -> { };
    private Consumer<Path> modelHandler = path -> { };

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

    public void onShowToken(LongConsumer handler) {
        this.tokenHandler = handler;
    }

    public void onShowModel(Consumer<Path> handler) {
        this.modelHandler = handler;
    }
}
