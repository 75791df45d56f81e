package io.neurograph.engine;

/** Consecutive ids {@code first} … {@code first + count − 1}; empty when {@code count} is 0. */
public record IdRange(long first, long count) {
    public long last() {
        return first + count - 1;
    }
}
