package io.neurograph.engine;

import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.module.ModuleId;
import io.neurograph.engine.module.ModuleNotSwitchableException;
import io.neurograph.engine.module.ModuleState;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The engine's parts and which of them are enabled (upstream's module registry). Two parts can be switched: the
 * IntuitionEngine (its slow and fast paths skip their work) and the event bus (it delivers nothing); the others
 * refuse with the reason their {@link ModuleId} gives. A switch is committed to the repository before it takes
 * effect and restored when the engine opens; a part never switched is enabled. Thread-safe: switching runs as the
 * engine's single writer, reading takes no lock.
 */
public final class ModuleSwitches {
    private final EngineCore core;
    private final IntuitionService intuition;

    ModuleSwitches(EngineCore core, IntuitionService intuition) {
        this.core = core;
        this.intuition = intuition;
    }

    /** Every part in catalogue order. */
    public List<ModuleState> list() {
        return Arrays.stream(ModuleId.values()).map(this::state).toList();
    }

    public ModuleState state(ModuleId id) {
        return new ModuleState(id, isEnabled(id));
    }

    public boolean isEnabled(ModuleId id) {
        return switch (id) {
            case INTUITION_ENGINE -> intuition.isEnabled();
            case SIGNAL_SYSTEM -> core.events.isEnabled();
            case API_SERVER -> false;
            default -> true;
        };
    }

    /**
     * Enables or disables a part; enabling a part that cannot be disabled is accepted (it is on), and so is
     * disabling one that is not available (it is off).
     *
     * @return whether the state changed
     * @throws ModuleNotSwitchableException when disabling a part that cannot be disabled or enabling one that is
     *                                      not available
     * @throws io.neurograph.engine.store.StoreException when the state cannot be saved (then nothing changed)
     */
    public boolean setEnabled(ModuleId id, boolean enabled) {
        if (!enabled && !id.canDisable() && id.available() || enabled && !id.available()) {
            throw new ModuleNotSwitchableException(id);
        }
        return core.write(() -> {
            if (isEnabled(id) == enabled) {
                return false;
            }
            core.repository.saveModuleState(id.key(), enabled);
            EngineEvent.ModuleSwitched event = new EngineEvent.ModuleSwitched(id.key(), enabled, core.now());
            if (!enabled) {
                core.events.publish(event); // the bus may be the part going quiet
            }
            apply(id, enabled);
            if (enabled) {
                core.events.publish(event);
            }
            return true;
        });
    }

    /** Applies the stored states; unknown ids (a newer build's) and parts that cannot be disabled are ignored. */
    void restore(Map<String, Boolean> stored) {
        for (ModuleId id : ModuleId.values()) {
            Boolean enabled = stored.get(id.key());
            if (enabled != null && id.canDisable()) {
                apply(id, enabled);
            }
        }
    }

    private void apply(ModuleId id, boolean enabled) {
        switch (id) {
            case INTUITION_ENGINE -> intuition.setEnabled(enabled);
            case SIGNAL_SYSTEM -> core.events.setEnabled(enabled);
            default -> throw new IllegalStateException(id.key() + " has no switch");
        }
    }
}
