package io.neurograph.engine.capsule.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The model outputs of one run (in manifest order), the time each capsule took, and the whole run's time. */
public record RunResult(Map<String, TensorValue> outputs, List<CapsuleTiming> timings, long totalNanos) {
    public RunResult {
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        timings = List.copyOf(timings);
    }
}
