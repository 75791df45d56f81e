package io.neurograph.tiro.ui.shell;

import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.status.StatusBarView;
import io.neurograph.tiro.ui.support.Messages;
import javafx.scene.control.SingleSelectionModel;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;

/** Menu bar on top, the feature tabs in the centre, the status bar at the bottom. */
final class MainWindowView extends BorderPane {

    MainWindowView(MainWindowViewModel model, FeatureTabs features, StatusBarView statusBar, Messages messages,
                   WindowActions actions) {
        TabPane tabs = new TabPane();
        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        for (AppTab appTab : AppTab.values()) {
            Tab tab = new Tab(messages.get(appTab.titleKey()));
            tab.setTooltip(new Tooltip(messages.get(appTab.summaryKey())));
            tab.setId(appTab.id());
            tabs.getTabs().add(tab);
        }
        // registered before the view-model binding, so a tab has its content before anyone navigates into it
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, old, index) -> {
            fill(tabs.getTabs().get(index.intValue()), features);
            features.shown(AppTab.values()[index.intValue()]);
        });
        bindSelection(tabs.getSelectionModel(), model);
        fill(tabs.getSelectionModel().getSelectedItem(), features);

        setTop(MainMenu.create(model, messages, actions::quit, actions::about));
        setCenter(tabs);
        setBottom(statusBar);
    }

    private static void fill(Tab tab, FeatureTabs features) {
        if (tab.getContent() == null) {
            tab.setContent(features.get(AppTab.values()[tab.getTabPane().getTabs().indexOf(tab)]).node());
        }
    }

    private static void bindSelection(SingleSelectionModel<Tab> selection, MainWindowViewModel model) {
        selection.select(model.selectedTabProperty().get().ordinal());
        selection.selectedIndexProperty().addListener((o, old, index) ->
                model.selectTab(AppTab.values()[index.intValue()]));
        model.selectedTabProperty().addListener((o, old, tab) -> selection.select(tab.ordinal()));
    }

    /** What the menu asks of the window that hosts this view. */
    interface WindowActions {
        void quit();

        void about();
    }
}
