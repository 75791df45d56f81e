package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import io.neurograph.engine.module.ModuleId;
import io.neurograph.engine.module.ModuleState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "modules", description = "List the engine's parts and whether each is enabled.",
        subcommands = {ModulesCommand.Enable.class, ModulesCommand.Disable.class, ModulesConfigCommand.class})
final class ModulesCommand extends EngineCommand {
    ModulesCommand(CliSession session) {
        super(session);
    }

    @Override
    protected void run(Engine engine, CliOutput out) {
        List<ModuleState> states = engine.moduleSwitches().list();
        StringBuilder text = new StringBuilder(String.format("%-20s %-13s %-16s %s%n", "ID", "STATE", "NAME",
                "NOTE"));
        for (ModuleState s : states) {
            text.append(String.format("%-20s %-13s %-16s %s", s.id().key(), state(s), s.id().title(), note(s))
                    .strip()).append('\n');
        }
        out.result(states.stream().map(ModulesCommand::json).toList(), text.toString().stripTrailing());
    }

    private static Map<String, Object> json(ModuleState s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id().key());
        m.put("name", s.id().title());
        m.put("enabled", s.enabled());
        m.put("available", s.id().available());
        m.put("canDisable", s.id().canDisable());
        m.put("reason", s.id().refusal().orElse(null));
        m.put("disableWarning", s.id().disableWarning().orElse(null));
        m.put("configurable", s.id().configurable());
        m.put("configReason", s.id().configRefusal().orElse(null));
        return m;
    }

    private static String state(ModuleState s) {
        return s.id().available() ? word(s.enabled()) : "not available";
    }

    /** Why a part is off, or why it cannot be switched off, or what switching it off costs. */
    private static String note(ModuleState s) {
        ModuleId id = s.id();
        if (!id.available()) {
            return id.refusal().orElse("");
        }
        if (!s.enabled()) {
            return "skips its work until: tiro modules enable " + id.key();
        }
        return id.refusal().map(r -> "cannot be disabled: " + r)
                .or(() -> id.disableWarning().map(w -> "disabling " + w)).orElse("");
    }

    private static String word(boolean enabled) {
        return enabled ? "enabled" : "disabled";
    }

    /** Enable or disable one part; the state is saved in the data folder. */
    abstract static class Switch extends EngineCommand {
        @Parameters(paramLabel = "ID", converter = Converters.Module.class,
                description = "The part's id as `tiro modules` lists it, e.g. intuition_engine.")
        ModuleId id;

        Switch(CliSession session) {
            super(session);
        }

        abstract boolean enabled();

        @Override
        protected void run(Engine engine, CliOutput out) {
            boolean changed = engine.moduleSwitches().setEnabled(id, enabled());
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", id.key());
            result.put("enabled", enabled());
            result.put("changed", changed);
            out.result(result, changed ? id.key() + " " + word(enabled())
                    : id.key() + " is already " + word(enabled()));
        }
    }

    @Command(name = "enable", description = "Enable a part: it does its work again.")
    static final class Enable extends Switch {
        Enable(CliSession session) {
            super(session);
        }

        @Override
        boolean enabled() {
            return true;
        }
    }

    @Command(name = "disable", description = "Disable a part: it skips its work until enabled; core parts refuse "
            + "and say why.")
    static final class Disable extends Switch {
        Disable(CliSession session) {
            super(session);
        }

        @Override
        boolean enabled() {
            return false;
        }
    }
}
