package io.neurograph.tiro.ui.shell;

import io.neurograph.tiro.ui.bootstrap.BootstrapFeature;
import io.neurograph.tiro.ui.chat.ChatFeature;
import io.neurograph.tiro.ui.placeholder.PlaceholderView;
import io.neurograph.tiro.ui.placeholder.PlaceholderViewModel;

/** Builds the content of each tab: the one place that knows which feature lives in which tab. */
final class FeatureViews {
    private FeatureViews() {
    }

    static Feature create(AppTab tab, FeatureContext context) {
        return switch (tab) {
            case DASHBOARD -> placeholder(tab, context);
            case GRAPH -> placeholder(tab, context);
            case CDNA -> placeholder(tab, context);
            case BOOTSTRAP -> BootstrapFeature.create(context);
            case CHAT -> ChatFeature.create(context);
            case TERMINAL -> placeholder(tab, context);
            case MODULES -> placeholder(tab, context);
            case LOGS -> placeholder(tab, context);
            case SETTINGS -> placeholder(tab, context);
        };
    }

    private static Feature placeholder(AppTab tab, FeatureContext context) {
        return Feature.of(new PlaceholderView(new PlaceholderViewModel(tab.titleKey(), tab.summaryKey(),
                context.messages())));
    }
}
