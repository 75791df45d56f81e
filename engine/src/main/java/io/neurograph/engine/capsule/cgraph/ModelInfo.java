package io.neurograph.engine.capsule.cgraph;

import java.util.Map;

/**
 * Where the model came from. {@code metadata} holds source-specific facts (opset, ir_version, producer,
 * arch, GGUF key/values) as JSON values: String, Long, Double, Boolean, List or Map.
 */
public record ModelInfo(String name, String sourceFormat, String sourceFile, long sourceSize, String sourceSha256,
        Map<String, Object> metadata) {
    @SuppressWarnings("unchecked")
    public ModelInfo {
        metadata = metadata == null ? null : (Map<String, Object>) JsonIntegers.widen(metadata);
    }
}
