package io.neurograph.engine.capsule.cgraph;

import java.nio.file.Path;

/** Checks checksums of a full file, or of a mini file's index against its full file; repairs a stale index. */
public final class CgraphVerifier {

    private CgraphVerifier() {
    }

    public static VerifyReport verify(Path miniOrFull) {
        throw new UnsupportedOperationException("not yet");
    }

    public static VerifyReport repair(Path mini) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Like {@link #repair(Path)} but points the mini at {@code full}, e.g. after the full file was moved. */
    public static VerifyReport repair(Path mini, Path full) {
        throw new UnsupportedOperationException("not yet");
    }
}
