package io.neurograph.engine.module;

/** A part that cannot be disabled was asked to be, or one not available in this build to be enabled; the message says why. */
public final class ModuleNotSwitchableException extends IllegalArgumentException {
    private final ModuleId module;

    public ModuleNotSwitchableException(ModuleId module) {
        super(module.key() + " (" + module.title() + ") cannot be " + (module.available() ? "disabled" : "enabled") + ": "
                + module.refusal().orElseThrow(() -> new IllegalArgumentException(module.key() + " can be disabled")));
        this.module = module;
    }

    public ModuleId module() {
        return module;
    }
}
