package io.neurograph.tiro.ui.modules;

/** One configuration value, shown read-only: {@code section} is the record it comes from. */
public record ConfigRow(String section, String setting, String value) {
}
