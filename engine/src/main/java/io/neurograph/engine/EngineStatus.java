package io.neurograph.engine;

import java.nio.file.Path;

/**
 * One reading of the engine for {@code tiro status}, the Dashboard and {@code /status}.
 *
 * @param dataDir          null for an in-memory engine
 * @param cdnaChecksum     FNV-1a checksum of the CDNA in force
 * @param quarantineActive whether a CDNA trial is running
 */
public record EngineStatus(EngineState state, Path dataDir, long tokenCount, long connectionCount, long nextTokenId,
                           String cdnaProfile, long cdnaChecksum, boolean quarantineActive, int cdnaHistorySize,
                           long heapUsedBytes, long heapMaxBytes) {
}
