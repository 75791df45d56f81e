package io.neurograph.tiro.ui.settings;

import io.neurograph.engine.Engine;
import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.scene.Node;

/** The Settings tab. */
public final class SettingsFeature implements Feature {
    private final SettingsView view;

    private SettingsFeature(SettingsViewModel model, FeatureContext context) {
        this.view = new SettingsView(model, context.messages());
        model.load();
    }

    public static SettingsFeature create(FeatureContext context) {
        return create(context, SettingsPaths.of(context.engine(), context.stateFile()));
    }

    public static SettingsFeature create(FeatureContext context, SettingsPaths paths) {
        return new SettingsFeature(new SettingsViewModel(context, paths), context);
    }

    /**
     * Hands the saved threads and default model to {@code engine} before any tab uses it (the tab itself is built
     * only when first shown). An unreadable file leaves the engine's defaults; the tab reports it when opened.
     *
     * @param configDir the per-user config folder ({@code DataDirectory.configDir()})
     */
    public static void applySaved(Engine engine, Path configDir) {
        try {
            engine.models().configure(EngineSettings.load(configDir.resolve(EngineSettings.FILE)).toModel());
        } catch (IOException | InvalidPathException e) {
            // the defaults stay: the Settings tab shows the error when it reads the file
        }
    }

    @Override
    public Node node() {
        return view;
    }
}
