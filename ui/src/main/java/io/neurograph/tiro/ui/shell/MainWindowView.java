package io.neurograph.tiro.ui.shell;

import atlantafx.base.theme.Styles;
import io.neurograph.tiro.ui.status.StatusBarView;
import io.neurograph.tiro.ui.support.Messages;
import java.util.List;
import javafx.scene.control.SingleSelectionModel;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;

/** Menu bar on top, the feature tabs in the centre, the status bar at the bottom. */
final class MainWindowView extends BorderPane {

    MainWindowView(MainWindowViewModel model, List<Feature> features, StatusBarView statusBar, Messages messages, WindowActions actions) {
        TabPane tabs = new TabPane();
        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        for (AppTab appTab : AppTab.values()) {
            Tab tab = new Tab(messages.get(appTab.titleKey()), features.get(appTab.ordinal()).node());
            tab.setTooltip(new Tooltip(messages.get(appTab.summaryKey())));
            tab.setId(appTab.id());
            tabs.getTabs().add(tab);
        }
        bindSelection(tabs.getSelectionModel(), model);

        setTop(MainMenu.create(model, messages, actions::quit, actions::about));
        setCenter(tabs);
        setBottom(statusBar);
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
