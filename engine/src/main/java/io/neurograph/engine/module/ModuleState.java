package io.neurograph.engine.module;

/** Whether a part is enabled now; what it is and whether it may be switched come with its {@link ModuleId}. */
public record ModuleState(ModuleId id, boolean enabled) {
}
