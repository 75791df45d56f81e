package io.neurograph.engine.capsule.cgraph;

import java.nio.file.Path;

/** Writes the mini file of a full file: graph blobs, manifest and the index, no weights. */
public final class MiniCgraph {

    private MiniCgraph() {
    }

    public static CgraphManifest write(Path mini, Path full) {
        throw new UnsupportedOperationException("not yet");
    }
}
