package io.neurograph.engine.capsule.runtime;

/**
 * Counters of a {@link CapsuleRuntime}: capsule loads and evictions since open, the accounted bytes
 * (sum of tensor lengths) of the capsules loaded now, the size of the mapped full file, and how many
 * capsules are loaded now.
 */
public record RuntimeStats(long capsuleLoads, long capsuleEvictions, long loadedBytes, long mappedBytes,
        int loadedCapsules) {
}
