package io.neurograph.engine.vector;

/** INT8 encoding of one vector: {@code scale = max|v| / 127}, {@code q = round(v / scale)}, decoded as {@code q * scale}. */
final class Quantizer {
    private Quantizer() {
    }

    static float scale(float[] vector) {
        float max = 0;
        for (float v : vector) {
            max = Math.max(max, Math.abs(v));
        }
        return max / 127f;
    }

    /** Writes the codes of {@code vector} into {@code codes} and returns their Euclidean norm. */
    static float quantize(float[] vector, float scale, byte[] codes) {
        long sumOfSquares = 0;
        for (int i = 0; i < vector.length; i++) {
            // a zero vector has scale 0; clamping guards the rounding of the largest value
            int q = scale == 0 ? 0 : Math.clamp(Math.round(vector[i] / scale), -127, 127);
            codes[i] = (byte) q;
            sumOfSquares += q * q;
        }
        return (float) Math.sqrt(sumOfSquares);
    }
}
