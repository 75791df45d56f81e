package io.neurograph.engine.capsule.runtime;

/**
 * How a {@link CapsuleRuntime} runs: {@code threads} is ONNX Runtime's intra-op thread count per capsule
 * (0 = ORT's default, the number of physical cores); {@code memoryBudgetBytes} caps the accounted bytes of
 * loaded capsules ({@link Long#MAX_VALUE} = unlimited).
 */
public record RuntimeOptions(int threads, long memoryBudgetBytes) {
    public static final RuntimeOptions DEFAULT = new RuntimeOptions(0, Long.MAX_VALUE);

    public RuntimeOptions {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0, got " + threads);
        }
        if (memoryBudgetBytes <= 0) {
            throw new IllegalArgumentException("memory budget must be positive, got " + memoryBudgetBytes);
        }
    }
}
