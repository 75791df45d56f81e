package io.neurograph.tiro.ui.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Undo and redo history of the neighbourhood view's expansions and collapses; a new command clears redo. */
final class CommandStack {
    private final Deque<UndoableCommand> done = new ArrayDeque<>();
    private final Deque<UndoableCommand> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper("");

    void execute(UndoableCommand command) {
        command.execute();
        done.push(command);
        undone.clear();
        changed();
    }

    boolean undo() {
        if (done.isEmpty()) {
            return false;
        }
        UndoableCommand command = done.pop();
        command.undo();
        undone.push(command);
        changed();
        return true;
    }

    boolean redo() {
        if (undone.isEmpty()) {
            return false;
        }
        UndoableCommand command = undone.pop();
        command.redo();
        done.push(command);
        changed();
        return true;
    }

    void clear() {
        done.clear();
        undone.clear();
        changed();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    private void changed() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        undoDescription.set(done.isEmpty() ? "" : done.peek().description());
        redoDescription.set(undone.isEmpty() ? "" : undone.peek().description());
    }
}
