package io.neurograph.engine.bench;

import io.neurograph.engine.bootstrap.read.EmbeddingFormatException;
import io.neurograph.engine.bootstrap.read.EmbeddingProfile;
import io.neurograph.engine.bootstrap.read.EmbeddingReader;
import io.neurograph.engine.bootstrap.read.EmbeddingRecord;
import io.neurograph.engine.bootstrap.read.EmbeddingSniffer;
import io.neurograph.engine.bootstrap.read.ReadOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Embedding import parse rate against a bare line-by-line read of the same file, one full pass per operation:
 * 400 000 words × 300 dimensions in GloVe text (≈ 1 GB), generated once into {@code target/bench-data/} (or the
 * folder in {@code -Dbench.data=…}) and reused by later runs. MB/s = file size / seconds per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class EmbeddingParseBench {
    private static final long WORDS = 400_000;
    private static final int DIMENSION = 300;

    private EmbeddingProfile profile;

    @Setup(Level.Trial)
    public void setUp() throws IOException, EmbeddingFormatException {
        Path dir = Path.of(System.getProperty("bench.data", "target/bench-data"));
        Path file = dir.resolve("glove-400k-300.txt");
        if (!Files.exists(file)) {
            // written under another name and moved into place, so an existing file is always complete
            Files.createDirectories(dir);
            Path partial = dir.resolve(file.getFileName() + ".partial");
            SyntheticEmbeddings.writeGlove(partial, WORDS, DIMENSION, 42);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        profile = EmbeddingSniffer.sniff(file);
        if (profile.dimension() != DIMENSION) {
            throw new IllegalStateException(file + " is not the benchmark file (dimension " + profile.dimension()
                    + "); delete it to have it generated again");
        }
    }

    /** The baseline: every line decoded into a String by {@link BufferedReader#readLine()}, nothing parsed. */
    @Benchmark
    public long bareReadLines() throws IOException {
        long chars = 0;
        try (BufferedReader in = Files.newBufferedReader(profile.file(), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                chars += line.length();
            }
        }
        return chars;
    }

    /** Every record: the word decoded and checked, 300 floats parsed into a new array. */
    @Benchmark
    public long parse(Blackhole bh) throws IOException, EmbeddingFormatException {
        try (EmbeddingReader reader = EmbeddingReader.open(profile, ReadOptions.fromStart(false))) {
            for (EmbeddingRecord r; (r = reader.next()) != null; ) {
                bh.consume(r);
            }
            if (reader.stats().records() != WORDS) {
                throw new IllegalStateException("read " + reader.stats().records() + " records, expected " + WORDS);
            }
            return reader.stats().bytesRead();
        }
    }
}
