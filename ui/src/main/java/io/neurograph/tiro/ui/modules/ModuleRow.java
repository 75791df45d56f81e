package io.neurograph.tiro.ui.modules;

/** One line of the Modules table, its texts already localised. */
public record ModuleRow(Component component, String name, String status, String metrics, String reason) {
}
