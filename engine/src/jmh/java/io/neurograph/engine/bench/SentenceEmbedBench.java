package io.neurograph.engine.bench;

import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.capsule.runtime.RuntimeOptions;
import io.neurograph.engine.embed.SentenceModel;
import io.neurograph.engine.embed.SentenceEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Latency of embedding one query with the default sentence model (all-MiniLM-L6-v2 fp32 on the capsule runtime):
 * tokenization, the encoder, mean pooling and L2 normalisation — what a free-text {@code tiro query} pays. The
 * texts have 3 and 14 tokens with [CLS] and [SEP] (the issue asks for sequences of at most 16). Setup prepares the
 * bundled model in a temporary data folder, as a first start does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class SentenceEmbedBench {
    @Param({"dog", "a loyal animal that barks at strangers near the old house"})
    String text;

    private Path dataDir;
    private SentenceEmbedder embedder;

    @Setup(Level.Trial)
    public void open() throws IOException {
        dataDir = Files.createTempDirectory("tiro-embed-bench");
        SentenceModel.ModelFiles model = SentenceModel.prepare(Optional.empty(), dataDir, ConversionListener.NONE);
        embedder = SentenceEmbedder.open(model.model(), model.tokenizer(), RuntimeOptions.DEFAULT);
        System.out.printf("%n%d tokens: \"%s\"%n", embedder.tokenIds(text).length, text);
    }

    @Benchmark
    public float[] embed() {
        return embedder.embed(text);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        embedder.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
