package io.neurograph.engine.vector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child JVM by {@link ExactIndexModesTest}: searches generated data with the kernel that JVM picks and
 * prints the kernel, then one line per match with the score's exact bits.
 */
public final class KernelProbeMain {
    private KernelProbeMain() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("kernel: " + ScanKernel.best().description());
        run(Path.of(args[0]), ScanKernel.best()).forEach(System.out::println);
    }

    /** Matches for fixed data and queries, searched with {@code kernel}. */
    static List<String> run(Path dir, ScanKernel kernel) throws IOException {
        List<String> lines = new ArrayList<>();
        for (VectorEncoding encoding : VectorEncoding.values()) {
            Path path = dir.resolve("probe-" + encoding + ".tvec");
            Files.deleteIfExists(path);
            try (VectorFile file = TestVectors.write(path, TestVectors.clustered(2000, 300, 40, 21), encoding)) {
                ExactIndex index = new ExactIndex(file, kernel);
                for (Metric metric : Metric.values()) {
                    for (float[] query : TestVectors.clustered(5, 300, 40, 22)) {
                        for (VectorMatch m : index.search(query, 10, metric)) {
                            lines.add(encoding + " " + metric + " " + m.row() + " " + m.tokenId() + " "
                                    + Integer.toHexString(Float.floatToRawIntBits(m.score())));
                        }
                    }
                }
            }
        }
        return lines;
    }
}
