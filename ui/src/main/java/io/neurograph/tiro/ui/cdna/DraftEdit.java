package io.neurograph.tiro.ui.cdna;

import io.neurograph.engine.cdna.Cdna;

/**
 * One user edit of the draft CDNA as an undoable command. CDNA values are immutable, so the command is the
 * pair of drafts around it: undo restores {@code before}, redo restores {@code after}.
 */
record DraftEdit(Cdna before, Cdna after) {
}
