package io.neurograph.tiro.ui.shell;

import io.neurograph.tiro.ui.bootstrap.BootstrapFeature;
import io.neurograph.tiro.ui.cdna.CdnaFeature;
import io.neurograph.tiro.ui.chat.ChatFeature;
import io.neurograph.tiro.ui.dashboard.DashboardFeature;
import io.neurograph.tiro.ui.graph.GraphFeature;
import io.neurograph.tiro.ui.logs.LogsFeature;
import io.neurograph.tiro.ui.modules.ModulesFeature;
import io.neurograph.tiro.ui.settings.SettingsFeature;
import io.neurograph.tiro.ui.terminal.TerminalFeature;

/** Builds the content of each tab: the one place that knows which feature lives in which tab. */
final class FeatureViews {
    private FeatureViews() {
    }

    static Feature create(AppTab tab, FeatureContext context) {
        return switch (tab) {
            case DASHBOARD -> DashboardFeature.create(context);
            case GRAPH -> GraphFeature.create(context);
            case CDNA -> CdnaFeature.create(context);
            case BOOTSTRAP -> BootstrapFeature.create(context);
            case CHAT -> ChatFeature.create(context);
            case TERMINAL -> TerminalFeature.create(context);
            case MODULES -> ModulesFeature.create(context);
            case LOGS -> LogsFeature.create(context);
            case SETTINGS -> SettingsFeature.create(context);
        };
    }
}
