package io.neurograph.engine.capsule.runtime;

/** One capsule's share of a run: session creation time (0 if it was already loaded) and run time. */
public record CapsuleTiming(int index, String name, long loadNanos, long runNanos) {
}
