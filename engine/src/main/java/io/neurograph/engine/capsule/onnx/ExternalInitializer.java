package io.neurograph.engine.capsule.onnx;

/** An initializer whose bytes (raw_data encoding) live at {@code offset} in the file {@code location}. */
public record ExternalInitializer(String name, OnnxDataType dataType, long[] dims, String location, long offset,
        long length) {
}
