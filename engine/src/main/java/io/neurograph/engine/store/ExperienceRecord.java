package io.neurograph.engine.store;

/** One persisted 128-byte experience event and its 0-based sequence number in the stream. */
public record ExperienceRecord(long sequence, byte[] record) {
}
