package io.neurograph.engine.store;

/**
 * The CDNA part of the durable state as opaque bytes: the repository stores them, the engine
 * encodes and decodes them.
 *
 * @param current    the active 384-byte CDNA record
 * @param history    previous versions, encoded by the engine
 * @param quarantine the quarantine trial state, encoded by the engine; null when none
 */
public record PersistedCdnaState(byte[] current, byte[] history, byte[] quarantine) {
}
