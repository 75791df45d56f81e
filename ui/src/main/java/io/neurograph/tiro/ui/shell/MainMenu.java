package io.neurograph.tiro.ui.shell;

import io.neurograph.tiro.ui.support.Messages;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: File, View (theme, tab navigation) and Help. Every item delegates to the view-model or a window action. */
final class MainMenu {
    private MainMenu() {
    }

    static MenuBar create(MainWindowViewModel model, Messages messages, Runnable quit, Runnable about) {
        Menu file = new Menu(messages.get("menu.file"), null,
                item(messages.get("menu.file.quit"), "Shortcut+Q", quit));

        Menu view = new Menu(messages.get("menu.view"));
        view.getItems().addAll(themeItems(model, messages));
        view.getItems().addAll(new SeparatorMenuItem(),
                item(messages.get("menu.view.nextTab"), "Ctrl+Tab", model::selectNextTab),
                item(messages.get("menu.view.previousTab"), "Ctrl+Shift+Tab", model::selectPreviousTab),
                new SeparatorMenuItem());
        for (AppTab tab : AppTab.values()) {
            view.getItems().add(item(messages.get(tab.titleKey()), "Shortcut+" + (tab.ordinal() + 1),
                    () -> model.selectTab(tab)));
        }

        Menu help = new Menu(messages.get("menu.help"), null, item(messages.get("menu.help.about"), null, about));
        return new MenuBar(file, view, help);
    }

    private static MenuItem[] themeItems(MainWindowViewModel model, Messages messages) {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem system = radio(group, model, ThemeChoice.SYSTEM, messages.get("menu.view.themeSystem"));
        RadioMenuItem light = radio(group, model, ThemeChoice.LIGHT, messages.get("menu.view.themeLight"));
        RadioMenuItem dark = radio(group, model, ThemeChoice.DARK, messages.get("menu.view.themeDark"));
        model.themeProperty().addListener((o, old, choice) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == choice).findFirst().ifPresent(group::selectToggle));
        return new MenuItem[] {system, light, dark};
    }

    private static RadioMenuItem radio(ToggleGroup group, MainWindowViewModel model, ThemeChoice choice, String text) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setUserData(choice);
        item.setSelected(model.themeProperty().get() == choice);
        item.setOnAction(e -> model.themeProperty().set(choice));
        return item;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
