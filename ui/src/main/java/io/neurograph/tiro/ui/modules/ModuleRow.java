package io.neurograph.tiro.ui.modules;

import io.neurograph.engine.module.ModuleId;

/**
 * One line of the Modules table, its texts already localised.
 *
 * @param switchable whether the engine lets the part be disabled
 * @param note       why the part cannot be switched, or what switching it off does
 * @param warning    what disabling costs, to be confirmed first; null when nothing needs confirming
 */
public record ModuleRow(ModuleId id, String name, String status, String metrics, boolean enabled, boolean switchable,
                        String note, String warning) {
}
