package io.neurograph.tiro.ui.settings;

import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
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

    @Override
    public Node node() {
        return view;
    }
}
