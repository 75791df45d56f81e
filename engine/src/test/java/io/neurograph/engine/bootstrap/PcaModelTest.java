package io.neurograph.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.neurograph.engine.token.CoordinateSpace;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcaModelTest {
    @TempDir
    Path dir;

    private static PcaModel model() {
        return new PcaModel(new float[] {1, 2, 3, 4},
                new float[][] {{1, 0, 0, 0}, {0, 0.6f, 0.8f, 0}, {0, 0.8f, -0.6f, 0}},
                new float[] {4, 1, 0.25f});
    }

    @Test
    void savesTheUpstreamVersionOneLayoutAndLoadsItBack() throws Exception {
        Path file = dir.resolve(PcaModel.FILE_NAME);
        model().save(file);
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.remaining()).isEqualTo(12 + 4 * (4 + 12 + 3));
        assertThat(new int[] {b.getInt(), b.getInt(), b.getInt()}).containsExactly(1, 4, 3);
        assertThat(new float[] {b.getFloat(), b.getFloat(), b.getFloat(), b.getFloat()}).containsExactly(1, 2, 3, 4);
        b.position(12 + 4 * (4 + 4 + 1));
        assertThat(b.getFloat()).isEqualTo(0.6f); // components[1][1], row-major
        b.position(12 + 4 * (4 + 12));
        assertThat(new float[] {b.getFloat(), b.getFloat(), b.getFloat()}).containsExactly(4, 1, 0.25f);
        assertThat(Files.list(dir)).containsExactly(file);

        PcaModel loaded = PcaModel.load(file);
        assertThat(loaded.originalDimension()).isEqualTo(4);
        assertThat(loaded.targetDimension()).isEqualTo(3);
        assertThat(loaded.component(2)).containsExactly(0, 0.8f, -0.6f, 0);
        assertThat(loaded.explainedVariance()).containsExactly(4, 1, 0.25f);
    }

    @Test
    void refusesOtherVersionsAndDamagedFilesByName() throws Exception {
        Path file = dir.resolve(PcaModel.FILE_NAME);
        model().save(file);
        byte[] good = Files.readAllBytes(file);

        byte[] v2 = good.clone();
        v2[0] = 2;
        Files.write(file, v2);
        assertThatThrownBy(() -> PcaModel.load(file)).isInstanceOf(PcaModelException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("version 2 is not supported")
                .hasMessageContaining("--restart");

        Files.write(file, Arrays.copyOf(good, good.length - 4));
        assertThatThrownBy(() -> PcaModel.load(file)).isInstanceOf(PcaModelException.class)
                .hasMessageContaining("truncated").hasMessageContaining("need");
        Files.write(file, Arrays.copyOf(good, 8));
        assertThatThrownBy(() -> PcaModel.load(file)).hasMessageContaining("fewer than the 12-byte header");
        Files.write(file, Arrays.copyOf(good, good.length + 4));
        assertThatThrownBy(() -> PcaModel.load(file)).hasMessageContaining("followed by unknown data");

        byte[] huge = good.clone();
        ByteBuffer.wrap(huge).order(ByteOrder.LITTLE_ENDIAN).putInt(4, -1).putInt(8, -1);
        Files.write(file, huge);
        assertThatThrownBy(() -> PcaModel.load(file)).hasMessageContaining("truncated");
        ByteBuffer.wrap(huge).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 2).putInt(8, 3);
        Files.write(file, huge);
        assertThatThrownBy(() -> PcaModel.load(file)).extracting(e -> ((PcaModelException) e).field())
                .isEqualTo("target_dim");
        byte[] nan = good.clone();
        ByteBuffer.wrap(nan).order(ByteOrder.LITTLE_ENDIAN).putFloat(12, Float.NaN);
        Files.write(file, nan);
        assertThatThrownBy(() -> PcaModel.load(file)).hasMessageContaining("mean[0] is NaN");
    }

    @Test
    void placesThreeSigmaOnTheEdgeOfAbstractAndClampsBeyond() {
        PcaModel m = model();
        float edge = CoordinateSpace.L8_ABSTRACT.maxAbs();
        float[] xyz = new float[6];
        // 3σ along component 0 (σ = 2), −1.5σ along component 1 (σ = 1), nothing along 2
        m.placeInAbstract(new float[] {1 + 6, 2 - 0.9f, 3 - 1.2f, 4}, xyz, 3);
        assertThat(xyz[3]).isCloseTo(edge, within(1e-6f));
        assertThat(xyz[4]).isCloseTo(-edge / 2, within(1e-5f));
        assertThat(xyz[5]).isCloseTo(0, within(1e-6f));
        m.placeInAbstract(new float[] {1 - 100, 2, 3, 4}, xyz, 0);
        assertThat(xyz[0]).isEqualTo(-edge);
        assertThat(CoordinateSpace.L8_ABSTRACT.representable(xyz[0])).isTrue();

        PcaModel flat = new PcaModel(new float[] {0, 0}, new float[][] {{1, 0}}, new float[] {0});
        flat.placeInAbstract(new float[] {5, 5}, xyz, 0);
        assertThat(Arrays.copyOf(xyz, 3)).containsExactly(0, 0, 0);
    }

    @Test
    void aFittedModelSpreadsTheDataOverAbstract() {
        Random random = new Random(4);
        float[][] data = PcaTest.planted(2000, PcaTest.orthonormal(3, 16, random), new double[] {3, 2, 1}, 0.1,
                random);
        PcaModel m = Pca.fit(new HeapRows(data), Pca.Options.top(3)).model();
        double[] sumSquares = new double[3];
        float[] xyz = new float[3];
        for (float[] row : data) {
            m.placeInAbstract(row, xyz, 0);
            for (int a = 0; a < 3; a++) {
                sumSquares[a] += xyz[a] * xyz[a];
            }
        }
        float edge = CoordinateSpace.L8_ABSTRACT.maxAbs();
        for (int a = 0; a < 3; a++) {
            // every axis z-scored: standard deviation = edge / 3 (a little less from clamping)
            assertThat(Math.sqrt(sumSquares[a] / data.length)).isCloseTo(edge / 3, within(0.03 * edge));
        }
    }

    @Test
    void refusesInconsistentShapes() {
        assertThatThrownBy(() -> new PcaModel(new float[2], new float[][] {{1, 0, 0}}, new float[1]))
                .hasMessageContaining("Component 0 has 3 values");
        assertThatThrownBy(() -> new PcaModel(new float[2], new float[][] {{1, 0}}, new float[2]))
                .hasMessageContaining("1 components but 2 explained variances");
        assertThatThrownBy(() -> model().project(new float[3])).hasMessageContaining("expects 4");
    }
}
