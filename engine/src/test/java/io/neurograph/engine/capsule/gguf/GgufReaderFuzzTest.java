package io.neurograph.engine.capsule.gguf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.TestModels;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated GGUF files (bit flips, overwritten bytes, truncation, inflated counts and lengths,
 * garbage, wrong magic or version, spliced ranges) from a fixed seed: each one either parses, and
 * then its supported tensors dequantize, or is refused with a ModelFormatException, in well under
 * a second and without any other exception or error.
 */
class GgufReaderFuzzTest {
    private static final int MUTATIONS_PER_SEED = 600;
    private static final long[] HUGE = {1L << 62, Long.MAX_VALUE, -1L, 1L << 40, 1L << 32, 1L << 31, 1L << 63, 0xFFFF_FFFFL};

    @TempDir
    Path dir;

    private int parsed;
    private int rejected;
    private long slowestNanos;

    @Test
    void mutatedInputsParseOrFailWithModelFormatException() throws IOException {
        Path larger = dir.resolve("larger.gguf");
        GgufWriter.write(larger, GgufSamples.everyValueType(), GgufWriterTest.sampleTensors());
        List<byte[]> seeds = List.of(Files.readAllBytes(TestModels.tinyGguf()), Files.readAllBytes(larger));
        Random random = new Random(0x4747_5546L);
        int inputs = 0;
        for (byte[] seed : seeds) {
            List<Field> fields = Field.walk(seed);
            check(seed, "seed");
            for (int i = 0; i < MUTATIONS_PER_SEED; i++) {
                int kind = i % 7;
                byte[] input = mutate(seed, fields, kind, random);
                check(input, "seed " + seeds.indexOf(seed) + " mutation " + i + " kind " + kind);
                inputs++;
            }
            for (Field field : fields) {          // every count, length, type and offset at every extreme
                for (long huge : HUGE) {
                    check(field.set(seed, huge), "field at " + field.offset() + " = " + Long.toUnsignedString(huge));
                    inputs++;
                }
            }
        }

        assertThat(inputs).isGreaterThanOrEqualTo(1000);
        assertThat(parsed).isPositive();
        assertThat(rejected).isPositive();
        assertThat(slowestNanos).isLessThan(1_000_000_000L);
    }

    private void check(byte[] input, String what) throws IOException {
        Path file = dir.resolve("fuzz.gguf");
        Files.write(file, input);
        long start = System.nanoTime();
        try {
            GgufFile gguf = GgufReader.read(file);
            for (GgufTensorInfo tensor : gguf.tensors()) {
                if (GgmlDequantizer.supports(tensor.type())) {
                    assertThat(GgmlDequantizer.dequantize(gguf, tensor)).hasSize((int) tensor.elementCount());
                }
            }
            parsed++;
        } catch (ModelFormatException e) {
            assertThat(e.getMessage()).startsWith(file.toString()).doesNotContain("\n");
            rejected++;
        } catch (Throwable e) {
            fail(what + " threw " + e + " for input " + Base64.getEncoder().encodeToString(input), e);
        }
        slowestNanos = Math.max(slowestNanos, System.nanoTime() - start);
    }

    private static byte[] mutate(byte[] seed, List<Field> fields, int kind, Random random) {
        byte[] bytes = seed.clone();
        switch (kind) {
            case 0 -> {
                for (int n = 1 + random.nextInt(8); n > 0; n--) {
                    int bit = random.nextInt(bytes.length * 8);
                    bytes[bit / 8] ^= (byte) (1 << (bit % 8));
                }
            }
            case 1 -> {
                byte[] special = {0, (byte) 0xFF, 0x7F, (byte) 0x80, (byte) random.nextInt()};
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    bytes[random.nextInt(bytes.length)] = special[random.nextInt(special.length)];
                }
            }
            case 2 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 3 -> bytes = fields.get(random.nextInt(fields.size())).set(bytes, random.nextBoolean()
                    ? HUGE[random.nextInt(HUGE.length)] : random.nextLong());
            case 4 -> {
                bytes = new byte[random.nextInt(1024)];
                random.nextBytes(bytes);
                if (random.nextBoolean() && bytes.length >= 8) {
                    System.arraycopy(seed, 0, bytes, 0, 8);          // valid magic and version, garbage after
                }
            }
            case 5 -> {
                int[] versions = {0, 1, 2, 3, 4, 0x0300_0000, 0x0003_0000, random.nextInt()};
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(4, versions[random.nextInt(versions.length)]);
                if (random.nextInt(3) == 0) {
                    bytes[random.nextInt(4)] ^= (byte) (1 + random.nextInt(255));
                }
            }
            default -> {
                int length = 1 + random.nextInt(32);
                int from = random.nextInt(bytes.length - length);
                int to = random.nextInt(bytes.length - length);
                System.arraycopy(seed, from, bytes, to, length);
            }
        }
        return bytes;
    }

    /** A count, length, type id, dimension or offset field of a valid GGUF file, found by walking it. */
    private record Field(int offset, int width) {
        byte[] set(byte[] seed, long value) {
            byte[] bytes = seed.clone();
            ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            if (width == 8) {
                buffer.putLong(offset, value);
            } else {
                buffer.putInt(offset, (int) value);
            }
            return bytes;
        }

        static List<Field> walk(byte[] gguf) {
            ByteBuffer in = ByteBuffer.wrap(gguf).order(ByteOrder.LITTLE_ENDIAN);
            List<Field> fields = new ArrayList<>();
            in.position(8);
            long tensors = u64(in, fields);
            long kvs = u64(in, fields);
            for (long i = 0; i < kvs; i++) {
                skipString(in, fields);
                value(in, fields, u32(in, fields));
            }
            for (long i = 0; i < tensors; i++) {
                skipString(in, fields);
                int dims = u32(in, fields);
                for (int d = 0; d < dims; d++) {
                    u64(in, fields);
                }
                u32(in, fields);
                u64(in, fields);
            }
            return fields;
        }

        private static void value(ByteBuffer in, List<Field> fields, int type) {
            GgufValueType valueType = GgufValueType.of(type);
            switch (valueType) {
                case STRING -> skipString(in, fields);
                case ARRAY -> {
                    int elementType = u32(in, fields);
                    long count = u64(in, fields);
                    for (long i = 0; i < count; i++) {
                        value(in, fields, elementType);
                    }
                }
                case UINT32 -> u32(in, fields);       // general.alignment is one of these
                default -> in.position(in.position() + valueType.fixedSize());
            }
        }

        private static void skipString(ByteBuffer in, List<Field> fields) {
            long length = u64(in, fields);
            in.position(in.position() + (int) length);
        }

        private static int u32(ByteBuffer in, List<Field> fields) {
            fields.add(new Field(in.position(), 4));
            return in.getInt();
        }

        private static long u64(ByteBuffer in, List<Field> fields) {
            fields.add(new Field(in.position(), 8));
            return in.getLong();
        }
    }
}
