package io.neurograph.tiro.ui.modules;

import io.neurograph.engine.module.ModuleId;

/**
 * The bundle keys the Modules tab shows for an engine part: its name, a note on its switch (why it cannot be
 * switched, or what switching it off does), for a part whose disabling needs confirming the warning, and for a part
 * without settings to change while the engine runs, why not.
 *
 * @param warningKey  null when disabling the part needs no confirmation
 * @param settingsKey null when the part has settings
 */
record ModuleTexts(String nameKey, String noteKey, String warningKey, String settingsKey) {
    static ModuleTexts of(ModuleId id) {
        return switch (id) {
            case TOKEN_MANAGER -> core("modules.component.tokenStore", "modules.settings.none.tokenStore");
            case CONNECTION_MANAGER -> core("modules.component.connections", "modules.settings.none.connections");
            case GRID -> core("modules.component.grid", "modules.settings.none.grid");
            case GRAPH -> core("modules.component.graph", "modules.settings.none.graph");
            case GUARDIAN -> new ModuleTexts("modules.component.guardian", "modules.switch.guardian", null, null);
            case CDNA -> core("modules.component.cdna", "modules.settings.none.cdna");
            case INTUITION_ENGINE -> new ModuleTexts("modules.component.intuition", "modules.switch.intuition", null,
                    null);
            case SIGNAL_SYSTEM -> new ModuleTexts("modules.component.eventBus", "modules.switch.eventBus",
                    "modules.warning.eventBus", "modules.settings.none.eventBus");
            case BOOTSTRAP -> new ModuleTexts("modules.component.bootstrap", "modules.switch.job", null,
                    "modules.settings.none.bootstrap");
            case CAPSULE_RUNTIME -> new ModuleTexts("modules.component.capsuleRuntime", "modules.switch.perModel", null,
                    "modules.settings.none.capsuleRuntime");
            case API_SERVER -> new ModuleTexts("modules.component.apiServer", "modules.switch.notAvailable", null,
                    "modules.switch.notAvailable");
        };
    }

    private static ModuleTexts core(String nameKey, String settingsKey) {
        return new ModuleTexts(nameKey, "modules.switch.core", null, settingsKey);
    }
}
