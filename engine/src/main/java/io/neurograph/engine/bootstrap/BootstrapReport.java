package io.neurograph.engine.bootstrap;

import io.neurograph.engine.bootstrap.read.BadLine;
import io.neurograph.engine.vector.VectorEncoding;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a finished bootstrap did, summed over all the runs that resumed it.
 *
 * @param source                  the source's path (for the default vocabulary: its tokenizer.json)
 * @param dimension               dimension of the full vectors
 * @param alreadyBootstrapped     true when this run found the job done and changed nothing
 * @param wordsImported           words that got a vector (= rows of the vector file)
 * @param tokensCreated           new tokens, one per new word
 * @param existingTokens          words whose label a token already carried: that token got the vector
 * @param duplicates              repeated words; the first occurrence won
 * @param skippedLines            malformed lines skipped ({@code skipBad})
 * @param badLines                the first 100 of them, with line numbers
 * @param connectionsCreated      {@code SimilarTo} connections woven
 * @param connectionsSkipped      neighbour pairs that already had a {@code SimilarTo} connection
 * @param explainedVarianceRatio  share of the total variance on L8's x, y and z (PCA components 1–3)
 * @param pcaRows                 vectors the PCA was fitted on (all, or an even sample of 200 000)
 * @param index                   the nearest-neighbour index used for weaving ("exact" or "hnsw")
 * @param phaseTimes              wall time per phase (import, pca, place, index, weave), in order
 * @param vectorFileBytes         size of {@code vectors.tvec}
 * @param encoding                how the vector file stores the vectors
 */
public record BootstrapReport(String source, int dimension, boolean alreadyBootstrapped, long wordsImported,
        long tokensCreated, long existingTokens, long duplicates, long skippedLines, List<BadLine> badLines,
        long connectionsCreated, long connectionsSkipped, double[] explainedVarianceRatio, int pcaRows, String index,
        Map<String, Duration> phaseTimes, long vectorFileBytes, VectorEncoding encoding) {
    public BootstrapReport {
        badLines = List.copyOf(badLines);
        explainedVarianceRatio = explainedVarianceRatio.clone();
        phaseTimes = Collections.unmodifiableMap(new LinkedHashMap<>(phaseTimes));
    }

    /** Sum of the phase times. */
    public Duration totalTime() {
        return phaseTimes.values().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
