package io.neurograph.tiro.ui.bootstrap;

import io.neurograph.engine.bootstrap.read.EmbeddingProfile;
import io.neurograph.engine.capsule.convert.ModelSummary;
import java.nio.file.Path;

/** A sniffed source waiting for Start: an embedding file's profile, or a model's summary. */
sealed interface Candidate {
    Path file();

    record Embedding(EmbeddingProfile profile) implements Candidate {
        @Override
        public Path file() {
            return profile.file();
        }
    }

    record Model(ModelSummary summary) implements Candidate {
        @Override
        public Path file() {
            return summary.file();
        }
    }
}
