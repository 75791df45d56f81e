package io.neurograph.engine.bootstrap;

import io.neurograph.engine.embed.ModelIdentity;
import io.neurograph.engine.vector.VectorEncoding;
import java.util.Optional;

/**
 * The bootstrap a data folder's checkpoint ({@code job.json}) records, finished or not: a new job with
 * another source or other options is refused unless it restarts, and the same one finished is only reported.
 *
 * @param source the source's identity; compare with {@link SourceIdentity#ofFile} of a candidate file
 * @param phase  the phase in progress ("import", "pca", "place", "index", "weave") or "done"
 */
public record RecordedBootstrap(SourceIdentity source, String phase, long limit, int k,
        VectorEncoding encoding) {

    public boolean finished() {
        return BootstrapPhase.DONE.key().equals(phase);
    }

    public boolean fromDefaultVocabulary() {
        return VocabularySource.KIND.equals(source.kind());
    }

    /** The sentence model that embedded the concepts (default vocabulary only). */
    public Optional<ModelIdentity> model() {
        return Optional.ofNullable(source.model());
    }

    /** True if {@link BootstrapJob#run} with this source and these options carries on (or reports) this job. */
    public boolean sameJob(SourceIdentity file, BootstrapOptions options) {
        return source.sameAs(file) && sameOptions(options);
    }

    /** True if these options are the ones the job was started with (a job refuses others unless restarted). */
    public boolean sameOptions(BootstrapOptions options) {
        return limit == options.limit() && k == options.k() && encoding == options.encoding();
    }
}
