package io.neurograph.engine.vector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact scan in JVMs set up differently gives bit-identical results: the fat jar's class path without
 * {@code jdk.incubator.vector} (scalar fallback, no Vector API class may load), and hardware limited to 128-bit
 * vectors (scalar too: emulated 256-bit vectors would be slow).
 */
class ExactIndexModesTest {
    @TempDir
    Path dir;

    @Test
    void withoutTheVectorApiModuleTheScalarKernelRunsAndAgreesBitForBit() throws Exception {
        List<String> child = probe("-cp", System.getProperty("java.class.path"));
        assertThat(child.getFirst()).isEqualTo("kernel: scalar");
        assertThat(child.subList(1, child.size())).isEqualTo(inProcessScalar());
    }

    @Test
    void withOnly128BitVectorsTheScalarKernelIsChosen() throws Exception {
        List<String> child = probe("--add-modules", "jdk.incubator.vector", "-XX:MaxVectorSize=16", "-cp",
                System.getProperty("java.class.path"));
        assertThat(child.getFirst()).isEqualTo("kernel: scalar");
        assertThat(child.subList(1, child.size())).isEqualTo(inProcessScalar());
    }

    private List<String> inProcessScalar() throws IOException {
        Path own = Files.createDirectories(dir.resolve("parent"));
        return KernelProbeMain.run(own, ScalarKernel.INSTANCE);
    }

    private List<String> probe(String... jvmArgs) throws Exception {
        Path own = Files.createDirectories(dir.resolve("child"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmArgs));
        command.add(KernelProbeMain.class.getName());
        command.add(own.toString());
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
            }
        }
        assertThat(child.waitFor()).as("child exit code, output %s", lines).isZero();
        return lines;
    }
}
