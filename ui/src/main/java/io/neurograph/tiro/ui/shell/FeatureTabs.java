package io.neurograph.tiro.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Creates each tab's feature the first time it is needed, so start-up pays only for the tab on screen. The
 * Dashboard and Logs are created at once because they record from the start (samples, log lines); their views
 * are still built only when first shown. Used on the FX thread.
 */
final class FeatureTabs {
    private final FeatureContext context;
    private final BiFunction<AppTab, FeatureContext, Feature> factory;
    private final Map<AppTab, Feature> created = new EnumMap<>(AppTab.class);

    FeatureTabs(FeatureContext context, BiFunction<AppTab, FeatureContext, Feature> factory) {
        this.context = context;
        this.factory = factory;
    }

    /** Starts the features that must run before anyone looks at them. */
    void startRecorders() {
        get(AppTab.DASHBOARD);
        get(AppTab.LOGS);
    }

    Feature get(AppTab tab) {
        return created.computeIfAbsent(tab, t -> factory.apply(t, context));
    }

    /** Tells {@code tab}'s feature (created if needed) that its tab was selected. */
    void shown(AppTab tab) {
        get(tab).shown();
    }

    void closeAll() {
        created.values().forEach(Feature::close);
        created.clear();
    }
}
