package io.neurograph.engine.capsule.onnx;

/** An operator set import; domain "" is the default ai.onnx domain. */
public record OpsetId(String domain, long version) {
}
