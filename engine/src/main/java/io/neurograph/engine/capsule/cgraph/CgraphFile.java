package io.neurograph.engine.capsule.cgraph;

import java.nio.file.Path;

/** An opened full or mini {@code .cgraph} file whose header and manifest have been validated. */
public final class CgraphFile implements AutoCloseable {

    private CgraphFile() {
    }

    public static CgraphFile open(Path file) {
        throw new UnsupportedOperationException("not yet");
    }

    public Path path() {
        throw new UnsupportedOperationException("not yet");
    }

    public boolean isMini() {
        throw new UnsupportedOperationException("not yet");
    }

    public CgraphManifest manifest() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The capsule's graph blob read from this file (mini or full), checked against its crc32c. */
    public byte[] graphBlob(CapsuleSpec capsule) {
        throw new UnsupportedOperationException("not yet");
    }

    /** This file if it is full; for a mini the referenced full file, checked to exist with the recorded size. */
    public Path fullFile() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Opens the full file: this file again if it is full; for a mini the referenced full file, checked to
     * be the one the index was made from (its manifest SHA-256), so stale indexes are refused.
     */
    public CgraphFile openFull() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
