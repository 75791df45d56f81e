package io.neurograph.tiro.ui.modules;

import atlantafx.base.controls.ToggleSwitch;
import io.neurograph.engine.module.ModuleId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finds a part's switch as the Modules table shows it. Table cells are reused for other rows, cells kept aside
 * are hidden but still hold their last switch, and a cell follows a new reading only at the next pulse; so the
 * switch is looked up on the FX thread, by the row its cell shows, each time it is needed.
 */
final class ShownSwitches {
    private ShownSwitches() {
    }

    /** The shown switch of {@code id} once it shows the part as {@code enabled}. */
    static ToggleSwitch await(FxRobot robot, ModuleId id, boolean enabled) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                find(robot, id).filter(t -> t.isSelected() == enabled).isPresent()).get());
        return WaitForAsyncUtils.asyncFx(() -> find(robot, id).orElseThrow()).get();
    }

    private static Optional<ToggleSwitch> find(FxRobot robot, ModuleId id) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getItem() instanceof ModuleRow r && r.id() == id && shown(c))
                .map(TableCell::getGraphic).filter(ToggleSwitch.class::isInstance).map(ToggleSwitch.class::cast)
                .findFirst();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
