package io.neurograph.engine.capsule.onnx;

/** A TensorProto: element type, dims (row-major, outermost first; none for a scalar) and where its bytes are. */
public record OnnxTensor(String name, OnnxDataType dataType /* null if unknown or undefined */, long[] dims,
        TensorData data) {

    /** Product of the dims (1 for a scalar). The reader has checked it does not overflow. */
    public long elementCount() {
        long n = 1;
        for (long d : dims) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }
}
