package io.neurograph.engine.module;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Settings a part refused; nothing was changed. The message names each bad setting as {@code module.key} with what it
 * takes, e.g. {@code intuition_engine.min_confidence must be between 0 and 1, got 1.4}.
 */
public final class ModuleConfigException extends IllegalArgumentException {
    private final ModuleId module;
    private final Map<String, String> problems;

    /** @param problems what is wrong, by the setting key as given, in the order given */
    public ModuleConfigException(ModuleId module, Map<String, String> problems) {
        super(problems.entrySet().stream().map(p -> module.key() + "." + p.getKey() + " " + p.getValue())
                .collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs a problem");
        }
        this.module = module;
        this.problems = new LinkedHashMap<>(problems);
    }

    public ModuleId module() {
        return module;
    }

    /** What is wrong with each refused setting (e.g. "must be between 0 and 1, got 1.4"), by key as given. */
    public Map<String, String> problems() {
        return Collections.unmodifiableMap(problems);
    }
}
