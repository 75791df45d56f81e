package io.neurograph.engine.util;

/** Source of wall-clock time in Unix seconds, replaceable in tests (decay needs an hour to pass). */
@FunctionalInterface
public interface Clock {
    Clock SYSTEM = () -> System.currentTimeMillis() / 1000L;

    long nowSeconds();
}
