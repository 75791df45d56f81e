package io.neurograph.engine.bootstrap;

import io.neurograph.engine.util.JobListener;
import io.neurograph.engine.vector.ExactIndex;
import io.neurograph.engine.vector.IndexMode;
import io.neurograph.engine.vector.VectorFile;
import io.neurograph.engine.vector.VectorIndex;
import java.nio.file.Path;

/** The nearest-neighbour index a bootstrap weaves with. */
final class IndexSelection {
    private IndexSelection() {
    }

    static VectorIndex open(VectorFile vectors, Path folder, IndexMode mode, JobListener listener) {
        return new ExactIndex(vectors);
    }

    static String name(VectorIndex index) {
        return "exact";
    }

    static void close(VectorIndex index) {
    }
}
