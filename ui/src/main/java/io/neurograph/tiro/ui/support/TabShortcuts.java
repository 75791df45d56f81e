package io.neurograph.tiro.ui.support;

import java.util.ArrayList;
import java.util.List;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.Subscription;

/**
 * The keyboard shortcuts of a tab (or of one view of a tab), heard anywhere in the window while it shows.
 *
 * <p>After a switch of tabs the keyboard focus is on the tab header, outside the tab's own nodes, where a key
 * listener on the tab never hears anything. So the shortcuts are a key filter on the scene of the owner node
 * (following the owner into another scene and out of it), acting only while {@link Nodes#showing} the owner:
 * the shortcuts of a hidden tab do nothing, and two tabs may give the same keys different meanings. Being a
 * filter, a shortcut comes before the focused control; keys that a text input uses for its own editing are
 * declared with {@link #outsideText} and left to it. Used on the FX thread.
 */
public final class TabShortcuts {
    private final Node owner;
    private final List<Shortcut> shortcuts = new ArrayList<>();
    private final EventHandler<KeyEvent> filter = this::pressed;
    private final Subscription sceneWatch;
    private Scene scene;

    private TabShortcuts(Node owner) {
        this.owner = owner;
        this.sceneWatch = owner.sceneProperty().subscribe(this::listenOn);
    }

    /** Shortcuts of {@code owner}, listening (whenever it is in a scene) until {@link #close()}. */
    public static TabShortcuts of(Node owner) {
        return new TabShortcuts(owner);
    }

    /** {@code keys} run {@code action} wherever the keyboard focus is. */
    public TabShortcuts on(KeyCombination keys, Runnable action) {
        shortcuts.add(new Shortcut(keys, false, action));
        return this;
    }

    /**
     * {@code keys} run {@code action} unless the focus is in a text input (a text field or area, or the editor of
     * a combo box or spinner): there they keep the input's own meaning, such as undoing the typing (Ctrl+Z) or
     * copying the selected text (Ctrl+C).
     */
    public TabShortcuts outsideText(KeyCombination keys, Runnable action) {
        shortcuts.add(new Shortcut(keys, true, action));
        return this;
    }

    /** Stops listening: the scene lets go of the filter, and with it of the owner and its actions. */
    public void close() {
        sceneWatch.unsubscribe();
        listenOn(null);
    }

    private void listenOn(Scene now) {
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
        }
        scene = now;
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        }
    }

    private void pressed(KeyEvent e) {
        if (!Nodes.showing(owner)) {
            return;
        }
        for (Shortcut s : shortcuts) {
            if (s.keys().match(e) && !(s.outsideText() && editsText(e.getTarget()))) {
                s.action().run();
                e.consume();
                return;
            }
        }
    }

    /** The focus owner edits text: a text input, or a combo box or spinner that hands the keys to its editor. */
    private static boolean editsText(EventTarget target) {
        return target instanceof TextInputControl
                || target instanceof ComboBoxBase<?> box && box.isEditable()
                || target instanceof Spinner<?> spinner && spinner.isEditable();
    }

    private record Shortcut(KeyCombination keys, boolean outsideText, Runnable action) {
    }
}
