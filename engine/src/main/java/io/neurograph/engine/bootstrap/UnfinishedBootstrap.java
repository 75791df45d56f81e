package io.neurograph.engine.bootstrap;

import io.neurograph.engine.vector.VectorEncoding;
import java.nio.file.Path;

/**
 * A bootstrap whose checkpoint ({@code job.json}) says it has not finished, e.g. after a crash or a cancel:
 * running {@link BootstrapJob} again with this source and these options resumes it.
 *
 * @param source   the embedding file, or null when the job came from the default vocabulary
 * @param phase    the phase in progress ("import", "pca", "place", "index" or "weave")
 * @param wordsImported words imported so far
 */
public record UnfinishedBootstrap(Path source, String phase, long wordsImported, long limit, int k,
        VectorEncoding encoding) {

    public boolean fromDefaultVocabulary() {
        return source == null;
    }

    /** Options that resume this job (a resumed job refuses different limit, k or encoding). */
    public BootstrapOptions resumeOptions(BootstrapOptions base) {
        return new BootstrapOptions(limit, k, base.skipBad(), encoding, base.indexMode(), base.checkpointEvery(),
                false);
    }
}
