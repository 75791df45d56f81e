package io.neurograph.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.bootstrap.read.EmbeddingSniffer;
import io.neurograph.engine.util.JobListener;
import io.neurograph.engine.vector.IndexMode;
import io.neurograph.engine.vector.VectorEncoding;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootstrapEstimateTest {
    @TempDir
    Path dir;

    @Test
    void theVectorFileEstimateMatchesTheFileABootstrapWrites() throws Exception {
        Path glove = PlantedWords.of(4, 100, 16, 3).writeGlove(dir.resolve("planted.txt"));
        BootstrapOptions options = new BootstrapOptions(0, 5, false, VectorEncoding.FLOAT32, IndexMode.AUTO, 100, false);
        BootstrapEstimate estimate = BootstrapEstimate.of(EmbeddingSniffer.sniff(glove), options, 2);
        Path data = dir.resolve("data");
        try (Engine engine = Engine.open(EngineConfig.at(data))) {
            BootstrapJob.run(engine, data, glove, options, JobListener.NONE);
        }
        long written = Files.size(data.resolve(BootstrapJob.FOLDER).resolve(BootstrapJob.VECTORS_FILE));

        assertThat((double) estimate.words()).isCloseTo(400, within(40.0));
        assertThat((double) estimate.vectorBytes()).isCloseTo(written, within(written * 0.1));
        assertThat(estimate.diskBytes()).isGreaterThan(estimate.vectorBytes());
        assertThat(estimate.time()).isPositive();
    }

    @Test
    void aLimitCapsTheWordsAndInt8ShrinksTheVectors() throws Exception {
        Path glove = PlantedWords.of(4, 100, 64, 3).writeGlove(dir.resolve("planted.txt"));
        BootstrapOptions float32 = new BootstrapOptions(50, 5, false, VectorEncoding.FLOAT32, IndexMode.AUTO, 100, false);
        BootstrapOptions int8 = new BootstrapOptions(50, 5, false, VectorEncoding.INT8, IndexMode.AUTO, 100, false);

        BootstrapEstimate wide = BootstrapEstimate.of(EmbeddingSniffer.sniff(glove), float32, 2);
        BootstrapEstimate small = BootstrapEstimate.of(EmbeddingSniffer.sniff(glove), int8, 2);

        assertThat(wide.words()).isEqualTo(50);
        assertThat(small.vectorBytes()).isLessThan(wide.vectorBytes() / 2);
    }

    @Test
    void fewerThreadsMeanALongerWeave() throws Exception {
        Path glove = PlantedWords.of(4, 100, 64, 3).writeGlove(dir.resolve("planted.txt"));
        BootstrapOptions options = new BootstrapOptions(0, 5, false, VectorEncoding.FLOAT32, IndexMode.HNSW, 100, false);

        BootstrapEstimate one = BootstrapEstimate.of(EmbeddingSniffer.sniff(glove), options, 1);
        BootstrapEstimate four = BootstrapEstimate.of(EmbeddingSniffer.sniff(glove), options, 4);

        assertThat(one.time()).isGreaterThan(four.time());
    }
}
