package io.neurograph.tiro.ui.bootstrap;

import io.neurograph.engine.bootstrap.SourceIdentity;
import io.neurograph.engine.bootstrap.read.EmbeddingProfile;
import io.neurograph.engine.capsule.convert.ModelSummary;
import io.neurograph.engine.embed.ModelIdentity;

/**
 * What waits for Start: an embedding file's profile (with the identity the engine compares with the data
 * folder's job), a model's summary, or the built-in vocabulary when the folder already holds a bootstrap.
 */
sealed interface Candidate {

    record Embedding(EmbeddingProfile profile, SourceIdentity identity) implements Candidate {
    }

    record Model(ModelSummary summary) implements Candidate {
    }

    /** @param model the sentence model Settings choose, which would embed it */
    record Vocabulary(ModelIdentity model) implements Candidate {
    }
}
