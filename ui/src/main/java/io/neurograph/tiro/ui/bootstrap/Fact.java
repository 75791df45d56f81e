package io.neurograph.tiro.ui.bootstrap;

/** One line of what was sniffed about a source before it starts: a localised name and its value. */
record Fact(String name, String value) {
}
