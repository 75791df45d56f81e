package io.neurograph.engine.capsule.cgraph;

/**
 * A capsule graph blob: {@code encoding} is "onnx-model" (a serialized ONNX ModelProto whose
 * initializers are external) or "none" (length 0). {@code crc32c} is 8 lowercase hex digits.
 */
public record BlobRef(String encoding, long offset, long length, String crc32c) {
}
