package io.neurograph.tiro.ui.bootstrap;

/**
 * One line of what is known about a source before it starts: a localised name and its value.
 *
 * @param warning true for what would make Start fail or do nothing, shown highlighted
 */
record Fact(String name, String value, boolean warning) {
    Fact(String name, String value) {
        this(name, value, false);
    }
}
