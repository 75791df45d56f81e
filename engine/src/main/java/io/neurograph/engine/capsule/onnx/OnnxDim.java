package io.neurograph.engine.capsule.onnx;

/** One dimension of a value's shape: a fixed size, a symbolic name, or neither (unknown). */
public record OnnxDim(long value /* -1 if symbolic or unknown */, String param /* null if none */) {
    public static OnnxDim of(long value) {
        return new OnnxDim(value, null);
    }

    public static OnnxDim symbolic(String param) {
        return new OnnxDim(-1, param);
    }

    public static OnnxDim unknown() {
        return new OnnxDim(-1, null);
    }
}
