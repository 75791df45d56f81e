package io.neurograph.engine.bootstrap.read;

/** A malformed line (or binary record) skipped by the reader, with what was wrong. */
public record BadLine(long line, String problem) {
}
