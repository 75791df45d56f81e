package io.neurograph.tiro.ui.cdna;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The undo and redo stacks of draft edits; a new edit clears what could be redone. Used on the FX thread. */
final class DraftHistory {
    private static final int KEPT = 200;

    private final Deque<DraftEdit> undo = new ArrayDeque<>();
    private final Deque<DraftEdit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    void record(DraftEdit edit) {
        if (undo.size() == KEPT) {
            undo.removeLast();
        }
        undo.push(edit);
        redo.clear();
        update();
    }

    /** The edit to take back, now redoable. */
    Optional<DraftEdit> undo() {
        return move(undo, redo);
    }

    /** The edit to do again, now undoable. */
    Optional<DraftEdit> redo() {
        return move(redo, undo);
    }

    void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private Optional<DraftEdit> move(Deque<DraftEdit> from, Deque<DraftEdit> to) {
        DraftEdit edit = from.poll();
        if (edit != null) {
            to.push(edit);
        }
        update();
        return Optional.ofNullable(edit);
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
