package io.neurograph.engine;

import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.module.ModuleConfigException;
import io.neurograph.engine.module.ModuleId;
import io.neurograph.engine.module.ModuleNotConfigurableException;
import io.neurograph.engine.module.ModuleSetting;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of the engine's parts that can change while it runs (upstream's {@code GET/PUT /modules/{id}/config}):
 * the IntuitionEngine's slow path and the Guardian's quotas; the other parts refuse with the reason their
 * {@link ModuleId#configRefusal()} gives. A setting's default is the value the engine was opened with (its
 * {@link EngineConfig}). A change is checked as a whole, committed to the repository, then put in force, and restored
 * when the engine opens; only values that differ from the defaults are stored, so a setting set back to its default
 * follows the {@code EngineConfig} again. Thread-safe: a change runs as the engine's single writer, reading takes no
 * lock.
 */
public final class ModuleSettings {
    private final EngineCore core;
    private final Map<ModuleId, ConfigurablePart<?>> parts = new EnumMap<>(ModuleId.class);

    ModuleSettings(EngineCore core, IntuitionService intuition, EngineConfig config) {
        this.core = core;
        parts.put(ModuleId.INTUITION_ENGINE, ConfigurableParts.intuition(intuition, config.intuition()));
        parts.put(ModuleId.GUARDIAN, ConfigurableParts.guardian(core.guardian, config.guardian()));
    }

    /**
     * The part's settings in its order, each with its value in force, default, range and description.
     *
     * @throws ModuleNotConfigurableException when the part has none, saying why
     */
    public List<ModuleSetting> config(ModuleId id) {
        return part(id).settings();
    }

    /**
     * Changes some of a part's settings at once: {@code values} maps setting keys (case ignored) to values as text
     * ({@code 0.8}, {@code 4g}, {@code none} where a limit may be off, {@code default}). Either every value is taken
     * or nothing changes. Settings not named keep their values; a change to the values in force does nothing.
     *
     * @return the part's settings afterwards
     * @throws ModuleNotConfigurableException when the part has no settings, saying why
     * @throws ModuleConfigException naming each unknown key (with the valid ones) and each value out of range or of
     *     the wrong type, with what it takes, e.g. {@code intuition_engine.min_confidence must be between 0 and 1,
     *     got 1.4}
     * @throws io.neurograph.engine.store.StoreException when the settings cannot be saved (then nothing changed)
     */
    public List<ModuleSetting> configure(ModuleId id, Map<String, String> values) {
        ConfigurablePart<?> part = part(id);
        return core.write(() -> change(part, values));
    }

    private <C> List<ModuleSetting> change(ConfigurablePart<C> part, Map<String, String> values) {
        ConfigurablePart.Plan<C> plan = part.plan(values);
        if (!plan.changed().isEmpty()) {
            core.repository.saveModuleSettings(part.id().key(), plan.overrides());
            part.apply(plan.config());
            core.events.publish(new EngineEvent.ModuleConfigured(part.id().key(), plan.changed(), core.now()));
        }
        return part.settings();
    }

    /** Puts the stored settings in force (see {@link ConfigurablePart#restore}); parts this build lacks are ignored. */
    void restore(Map<String, Map<String, String>> stored) {
        parts.forEach((id, part) -> part.restore(stored.getOrDefault(id.key(), Map.of())));
    }

    private ConfigurablePart<?> part(ModuleId id) {
        ConfigurablePart<?> part = parts.get(id);
        if (part == null) {
            throw new ModuleNotConfigurableException(id);
        }
        return part;
    }
}
