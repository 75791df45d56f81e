package io.neurograph.engine;

import io.neurograph.engine.module.ModuleConfigException;
import io.neurograph.engine.module.ModuleId;
import io.neurograph.engine.module.ModuleSetting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A part whose settings can change while the engine runs: its settings, the config record {@code C} in force and
 * the one it was opened with, how a record is rebuilt from the settings' values and how a new one is put in force.
 */
final class ConfigurablePart<C> {
    private final ModuleId id;
    private final C defaults;
    private final Supplier<C> current;
    private final Consumer<C> apply;
    private final BiFunction<C, Values, C> rebuild;
    private final List<SettingSpec<C>> specs;

    /**
     * @param rebuild the record in force with every setting replaced by its value in {@link Values}; the values are
     *                valid, so it must not fail
     */
    ConfigurablePart(ModuleId id, C defaults, Supplier<C> current, Consumer<C> apply, BiFunction<C, Values, C> rebuild,
                     List<SettingSpec<C>> specs) {
        this.id = id;
        this.defaults = defaults;
        this.current = current;
        this.apply = apply;
        this.rebuild = rebuild;
        this.specs = List.copyOf(specs);
    }

    /** The values of every setting, in canonical text, by key; read from a valid record. */
    record Values(Map<String, String> byKey) {
        int integer(String key) {
            return Math.toIntExact(Long.parseLong(byKey.get(key)));
        }

        double decimal(String key) {
            return Double.parseDouble(byKey.get(key));
        }

        OptionalLong limit(String key) {
            String v = byKey.get(key);
            return ModuleSetting.NONE.equals(v) ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(v));
        }
    }

    /**
     * What a change would do.
     *
     * @param config    the record to put in force
     * @param changed   the settings whose value changes, new values in the part's order
     * @param overrides every setting whose new value differs from its default: what is stored
     */
    record Plan<C>(C config, Map<String, String> changed, Map<String, String> overrides) {
    }

    ModuleId id() {
        return id;
    }

    List<ModuleSetting> settings() {
        C c = current.get();
        return specs.stream().map(s -> s.setting(c, defaults)).toList();
    }

    /**
     * Checks every value of {@code changes} (setting key → text, {@code default} allowed) and plans the change.
     *
     * @throws ModuleConfigException naming each unknown key and each value out of range or of the wrong type
     */
    Plan<C> plan(Map<String, String> changes) {
        List<ModuleSetting> now = settings();
        Map<String, String> values = new LinkedHashMap<>();
        now.forEach(s -> values.put(s.key(), s.value()));
        Map<String, String> problems = new LinkedHashMap<>();
        changes.forEach((key, text) -> {
            Optional<ModuleSetting> setting = find(now, key);
            if (setting.isEmpty()) {
                problems.put(key, "is not a setting; the settings are "
                        + now.stream().map(ModuleSetting::key).collect(Collectors.joining(", ")));
                return;
            }
            try {
                values.put(setting.get().key(), setting.get().parse(text));
            } catch (IllegalArgumentException e) {
                problems.put(key, e.getMessage());
            }
        });
        if (!problems.isEmpty()) {
            throw new ModuleConfigException(id, problems);
        }
        Map<String, String> changed = new LinkedHashMap<>();
        Map<String, String> overrides = new LinkedHashMap<>();
        for (ModuleSetting s : now) {
            String v = values.get(s.key());
            if (!v.equals(s.value())) {
                changed.put(s.key(), v);
            }
            if (!v.equals(s.defaultValue())) {
                overrides.put(s.key(), v);
            }
        }
        return new Plan<>(rebuild.apply(current.get(), new Values(values)), changed, overrides);
    }

    void apply(C config) {
        apply.accept(config);
    }

    /**
     * Puts stored values in force over the defaults. A stored value this build does not take (an unknown key, a value
     * out of today's range) is left out, so the default holds for it: a data folder never stops the engine opening.
     */
    void restore(Map<String, String> stored) {
        Map<String, String> usable = new LinkedHashMap<>();
        List<ModuleSetting> now = settings();
        stored.forEach((key, value) -> find(now, key).filter(s -> s.accepts(value))
                .ifPresent(s -> usable.put(s.key(), value)));
        if (!usable.isEmpty()) {
            apply(plan(usable).config());
        }
    }

    /** The setting with this key, ignoring case and surrounding blanks. */
    private static Optional<ModuleSetting> find(List<ModuleSetting> settings, String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        return settings.stream().filter(s -> s.key().equals(wanted)).findFirst();
    }
}
