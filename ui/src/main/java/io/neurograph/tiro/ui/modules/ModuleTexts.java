package io.neurograph.tiro.ui.modules;

import io.neurograph.engine.module.ModuleId;

/**
 * The bundle keys the Modules tab shows for an engine part: its name, a note on its switch (why it cannot be
 * switched, or what switching it off does) and, for a part whose disabling needs confirming, the warning.
 *
 * @param warningKey null when disabling the part needs no confirmation
 */
record ModuleTexts(String nameKey, String noteKey, String warningKey) {
    static ModuleTexts of(ModuleId id) {
        return switch (id) {
            case TOKEN_MANAGER -> core("modules.component.tokenStore");
            case CONNECTION_MANAGER -> core("modules.component.connections");
            case GRID -> core("modules.component.grid");
            case GRAPH -> core("modules.component.graph");
            case GUARDIAN -> new ModuleTexts("modules.component.guardian", "modules.switch.guardian", null);
            case CDNA -> core("modules.component.cdna");
            case INTUITION_ENGINE -> new ModuleTexts("modules.component.intuition", "modules.switch.intuition", null);
            case SIGNAL_SYSTEM -> new ModuleTexts("modules.component.eventBus", "modules.switch.eventBus",
                    "modules.warning.eventBus");
            case BOOTSTRAP -> new ModuleTexts("modules.component.bootstrap", "modules.switch.job", null);
            case CAPSULE_RUNTIME -> new ModuleTexts("modules.component.capsuleRuntime", "modules.switch.perModel", null);
            case API_SERVER -> new ModuleTexts("modules.component.apiServer", "modules.switch.notAvailable", null);
        };
    }

    private static ModuleTexts core(String nameKey) {
        return new ModuleTexts(nameKey, "modules.switch.core", null);
    }
}
