package io.neurograph.engine.module;

/** A part with no settings that can change while the engine runs was asked for them; the message says why. */
public final class ModuleNotConfigurableException extends IllegalArgumentException {
    private final ModuleId module;

    public ModuleNotConfigurableException(ModuleId module) {
        super(module.key() + " (" + module.title() + ") has no settings to change while the engine runs: "
                + module.configRefusal().orElseThrow(() ->
                new IllegalArgumentException(module.key() + " has settings")));
        this.module = module;
    }

    public ModuleId module() {
        return module;
    }
}
