package io.neurograph.tiro.ui.shell;

/** Position and size of a window in screen coordinates. */
public record WindowBounds(double x, double y, double width, double height) {
}
