package io.neurograph.engine.capsule.onnx;

import java.util.Arrays;

/** A growable float array for repeated float attribute values. */
final class FloatList {
    private float[] values = new float[8];
    private int size;

    void add(float value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    float[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
