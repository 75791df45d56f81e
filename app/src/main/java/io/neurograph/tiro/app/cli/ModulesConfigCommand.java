package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import io.neurograph.engine.module.ModuleId;
import io.neurograph.engine.module.ModuleSetting;
import io.neurograph.engine.module.SettingType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tiro modules config ID [KEY=VALUE…]}: a part's settings, or a change to some of them (saved). */
@Command(name = "config", description = {"Show a part's settings (value, default, what it takes), or change some:"
        + " KEY=VALUE … (checked all together; saved in the data folder and in force at once).",
        "VALUE may be `default`, and `none` where a limit may be off; byte counts take 512m, 4g."})
final class ModulesConfigCommand extends EngineCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = Converters.Module.class,
            description = "The part's id as `tiro modules` lists it, e.g. intuition_engine.")
    ModuleId id;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "KEY=VALUE",
            description = "Settings to change, e.g. min_confidence=0.8.")
    List<String> assignments = new ArrayList<>();

    private final Map<String, String> changes = new LinkedHashMap<>();

    ModulesConfigCommand(CliSession session) {
        super(session);
    }

    @Override
    protected void checkOptions() {
        changes.clear();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw usage("Expected KEY=VALUE, e.g. min_confidence=0.8, got '" + a + "'");
            }
            String key = a.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (changes.put(key, a.substring(eq + 1)) != null) {
                throw usage(key + " is given twice");
            }
        }
    }

    @Override
    protected void run(Engine engine, CliOutput out) {
        if (changes.isEmpty()) {
            List<ModuleSetting> settings = engine.moduleSettings().config(id);
            out.result(json(settings, Map.of()), describe(settings));
            return;
        }
        Map<String, String> before = values(engine.moduleSettings().config(id));
        List<ModuleSetting> after = engine.moduleSettings().configure(id, changes);
        Map<String, String> changed = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (ModuleSetting s : after) {
            if (!s.value().equals(before.get(s.key()))) {
                changed.put(s.key(), s.value());
                text.append(id.key()).append('.').append(s.key()).append(": ").append(shown(s, before.get(s.key())))
                        .append(" → ").append(shown(s, s.value())).append('\n');
            }
        }
        out.result(json(after, changed), changed.isEmpty() ? "Nothing changed: " + id.key()
                + " already has these values" : text.toString().stripTrailing());
    }

    private Map<String, Object> json(List<ModuleSetting> settings, Map<String, String> changed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.key());
        m.put("name", id.title());
        m.put("changed", changed);
        m.put("settings", settings.stream().map(s -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("key", s.key());
            one.put("type", s.type().name().toLowerCase(Locale.ROOT));
            one.put("value", s.value());
            one.put("default", s.defaultValue());
            one.put("min", s.min());
            one.put("max", s.max());
            one.put("noneAllowed", s.noneAllowed());
            one.put("description", s.description());
            return one;
        }).toList());
        return m;
    }

    private String describe(List<ModuleSetting> settings) {
        StringBuilder text = new StringBuilder(id.key() + " (" + id.title() + ")\n");
        for (ModuleSetting s : settings) {
            text.append("  ").append(s.key()).append(" = ").append(shown(s, s.value())).append("   (")
                    .append(s.isDefault() ? "default" : "default " + shown(s, s.defaultValue())).append("; ")
                    .append(s.range()).append(")\n      ").append(s.description()).append('\n');
        }
        return text.toString().stripTrailing();
    }

    /** A value as people read it: byte counts also in binary units. */
    private static String shown(ModuleSetting s, String value) {
        return s.type() == SettingType.BYTES && !value.equals(ModuleSetting.NONE)
                ? value + " (" + ByteSizes.human(Long.parseLong(value)) + ")" : value;
    }

    private static Map<String, String> values(List<ModuleSetting> settings) {
        Map<String, String> m = new LinkedHashMap<>();
        settings.forEach(s -> m.put(s.key(), s.value()));
        return m;
    }
}
