package io.neurograph.tiro.ui.graph;

/** One field of the selected token or connection, both texts ready to show. */
public record DetailRow(String name, String value) {
}
