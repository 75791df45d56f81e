package io.neurograph.tiro.ui.graph;

/** A change to the view that can be taken back and done again, with a short text for menus and tooltips. */
interface UndoableCommand {
    void execute();

    void undo();

    default void redo() {
        execute();
    }

    String description();
}
