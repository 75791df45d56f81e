package io.neurograph.engine.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VectorFileTest {
    @TempDir
    Path dir;

    @Test
    void appendCommitReopenReadsTheSameRows() throws IOException {
        Path path = dir.resolve("v.tvec");
        float[][] vectors = TestVectors.clustered(50, 7, 3, 1);
        try (VectorFile file = TestVectors.write(path, vectors, VectorEncoding.FLOAT32)) {
            assertThat(file.count()).isEqualTo(50);
            assertThat(file.get(3)).containsExactly(vectors[3]);
        }
        try (VectorFile file = VectorFile.open(path)) {
            assertThat(file.dimension()).isEqualTo(7);
            assertThat(file.encoding()).isEqualTo(VectorEncoding.FLOAT32);
            assertThat(file.count()).isEqualTo(50);
            assertThat(file.committedCount()).isEqualTo(50);
            for (int row = 0; row < 50; row++) {
                assertThat(file.get(row)).containsExactly(vectors[row]);
                assertThat(file.tokenId(row)).isEqualTo(1000L + row);
                assertThat(file.rowOf(1000L + row)).isEqualTo(row);
            }
            assertThat(file.rowOf(999)).isEqualTo(-1);
            float[] dst = new float[7];
            file.get(49, dst);
            assertThat(dst).containsExactly(vectors[49]);
        }
    }

    @Test
    void rowsAfterTheLastCommitAreDroppedLikeAfterACrash() throws IOException {
        Path path = dir.resolve("v.tvec");
        float[][] vectors = TestVectors.clustered(3, 4, 1, 2);
        try (VectorFile file = TestVectors.write(path, vectors, VectorEncoding.FLOAT32)) {
            file.append(77, vectors[0]);
            assertThat(file.count()).isEqualTo(4);
            assertThat(file.committedCount()).isEqualTo(3);
        }
        try (VectorFile file = VectorFile.open(path)) {
            assertThat(file.count()).isEqualTo(3);
            assertThat(file.rowOf(77)).isEqualTo(-1);
        }
        assertThat(Files.size(path)).isEqualTo(VectorFile.HEADER_BYTES + 3 * rowBytes(4, VectorEncoding.FLOAT32));
    }

    @Test
    void truncateDropsRowsAndTheirTokenIdsForAResume() throws IOException {
        Path path = dir.resolve("v.tvec");
        float[][] vectors = TestVectors.clustered(10, 4, 2, 3);
        try (VectorFile file = TestVectors.write(path, vectors, VectorEncoding.INT8)) {
            file.truncate(6);
            assertThat(file.count()).isEqualTo(6);
            assertThat(file.committedCount()).isEqualTo(6);
            assertThat(file.rowOf(1000 + 8)).isEqualTo(-1);
            file.append(1000 + 8, vectors[2]);
            assertThat(file.rowOf(1000 + 8)).isEqualTo(6);
            assertThatThrownBy(() -> file.truncate(8)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(path.toString()).hasMessageContaining("cannot truncate to 8 rows, the file has 7");
            file.commit();
        }
        try (VectorFile file = VectorFile.open(path)) {
            assertThat(file.count()).isEqualTo(7);
            assertThat(file.tokenId(6)).isEqualTo(1008);
            assertThat(file.rowOf(1000 + 5)).isEqualTo(5);
        }
    }

    @Test
    void truncateAfterReopenForgetsTheDroppedTokens() throws IOException {
        Path path = dir.resolve("v.tvec");
        float[][] vectors = TestVectors.clustered(5, 4, 1, 4);
        TestVectors.write(path, vectors, VectorEncoding.FLOAT32).close();
        try (VectorFile file = VectorFile.open(path)) {
            assertThat(file.rowOf(1004)).isEqualTo(4);
            file.truncate(2);
            file.append(1004, vectors[4]);
            assertThat(file.rowOf(1004)).isEqualTo(2);
        }
    }

    @Test
    void growsByRemappingAcrossManyChunksWithoutLosingRows() throws IOException {
        Path path = dir.resolve("big.tvec");
        int dimension = 300;   // 1216-byte rows: the first chunk (1 MiB) holds 862, so 5000 rows remap several times
        int count = 5000;
        float[] v = new float[dimension];
        try (VectorFile file = VectorFile.create(path, dimension, VectorEncoding.FLOAT32)) {
            for (int i = 0; i < count; i++) {
                fill(v, i);
                file.append(i * 3L, v);
                if (i % 1000 == 999) {
                    file.commit();
                }
            }
            file.commit();
            fill(v, 1234);
            assertThat(file.get(1234)).containsExactly(v);
        }
        assertThat(Files.size(path)).isEqualTo(VectorFile.HEADER_BYTES + count * rowBytes(dimension,
                VectorEncoding.FLOAT32));
        try (VectorFile file = VectorFile.open(path)) {
            assertThat(file.count()).isEqualTo(count);
            float[] got = new float[dimension];
            for (int i = 0; i < count; i++) {
                fill(v, i);
                file.get(i, got);
                assertThat(got).containsExactly(v);
                assertThat(file.rowOf(i * 3L)).isEqualTo(i);
            }
        }
    }

    @Test
    void int8DecodesEachValueWithinHalfAStep() throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        float[][] vectors = TestVectors.gaussian(200, 33, 3.0, random);
        vectors[7] = new float[33];                        // zero vector: scale 0
        vectors[8][4] = 1e-30f;                            // tiny values next to large ones round to 0
        try (VectorFile file = TestVectors.write(dir.resolve("q.tvec"), vectors, VectorEncoding.INT8)) {
            for (int row = 0; row < vectors.length; row++) {
                float max = 0;
                for (float x : vectors[row]) {
                    max = Math.max(max, Math.abs(x));
                }
                float[] decoded = file.get(row);
                for (int d = 0; d < 33; d++) {
                    // |v − q·scale| ≤ scale / 2 = max / 254, plus float rounding
                    assertThat(Math.abs(decoded[d] - vectors[row][d])).isLessThanOrEqualTo(max / 254 * 1.0001f + 1e-7f);
                }
            }
            assertThat(file.get(7)).containsOnly(0f);
        }
    }

    @Test
    void rejectsVectorsOfTheWrongShapeOrWithNonFiniteValuesOrADuplicateToken() throws IOException {
        Path path = dir.resolve("v.tvec");
        try (VectorFile file = VectorFile.create(path, 3, VectorEncoding.FLOAT32)) {
            file.append(1, new float[] {1, 2, 3});
            assertThatThrownBy(() -> file.append(2, new float[] {1, 2})).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(path + ": the vector for token 2 has 2 values, the file holds 3-dimensional vectors");
            assertThatThrownBy(() -> file.append(2, new float[] {1, Float.NaN, 3}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(path + ": value 1 of the vector for token 2 is NaN; vectors must be finite");
            assertThatThrownBy(() -> file.append(1, new float[] {4, 5, 6})).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("token 1 already has a vector at row 0");
            assertThatThrownBy(() -> file.get(1)).isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessage(path + ": row 1 is outside 0..0");
            assertThat(file.count()).isEqualTo(1);
        }
        assertThatThrownBy(() -> VectorFile.create(path, 3, VectorEncoding.FLOAT32))
                .isInstanceOf(FileAlreadyExistsException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            magic     | 0  | 8 | 0x4E4F54415645435F | expected "TIROVECS", found bytes 5f 43 45 56 41 54 4f 4e: not a Tiro vector file
            version   | 8  | 4 | 2                  | expected 1, found 2: written by a newer Tiro; update Tiro or delete the file and import again
            dimension | 12 | 4 | 0                  | expected 1..1048576, found 0
            encoding  | 16 | 4 | 7                  | expected 0 (FLOAT32) or 1 (INT8), found 7
            rowBytes  | 20 | 4 | 100                | expected 32 for 4 dimensions in FLOAT32, found 100
            count     | 24 | 8 | 9                  | expected 0..3 (the capacity), found 9
            capacity  | 32 | 8 | 4                  | expected 0..3 rows for a file of 160 bytes, found 4
            """)
    void namesTheBadHeaderFieldWithExpectedAndFound(String field, int offset, int size, String value, String problem)
            throws IOException {
        Path path = dir.resolve("bad.tvec");
        TestVectors.write(path, TestVectors.clustered(3, 4, 1, 6), VectorEncoding.FLOAT32).close();
        ByteBuffer patch = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        long number = Long.decode(value);
        if (size == 8) {
            patch.putLong(number);
        } else {
            patch.putInt((int) number);
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            channel.write(patch.flip(), offset);
        }
        assertThatThrownBy(() -> VectorFile.open(path)).isInstanceOfSatisfying(VectorFileException.class, e -> {
            assertThat(e.file()).isEqualTo(path);
            assertThat(e.field()).isEqualTo(field);
        }).hasMessageStartingWith(path + ": header field '" + field + "': " + problem);
    }

    @Test
    void aFileShorterThanTheHeaderIsReportedAsSuch() throws IOException {
        Path path = dir.resolve("short.tvec");
        Files.write(path, new byte[10]);
        assertThatThrownBy(() -> VectorFile.open(path)).isInstanceOf(VectorFileException.class)
                .hasMessage(path + ": header field 'magic': the file has 10 bytes, less than the 64-byte header: it is"
                        + " not a Tiro vector file or was cut short; delete it and import again");
    }

    private static void fill(float[] v, int seed) {
        for (int d = 0; d < v.length; d++) {
            v[d] = (float) Math.sin(seed * 0.37 + d);
        }
    }

    private static long rowBytes(int dimension, VectorEncoding encoding) {
        return (VectorFile.PAYLOAD_OFFSET + encoding.payloadBytes(dimension) + 15) / 16 * 16;
    }
}
