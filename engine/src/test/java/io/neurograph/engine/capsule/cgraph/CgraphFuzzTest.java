package io.neurograph.engine.capsule.cgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.neurograph.engine.capsule.ModelFormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated full and mini files: opening, verifying and repairing either succeed (a report with problems is
 * fine) or throw ModelFormatException, each in well under a second. Manifest edits fix the checksums so
 * they reach the JSON parser and the validator instead of stopping at the CRC.
 */
class CgraphFuzzTest {
    private static final int ROUNDS_PER_KIND = 700;
    private static final long[] EDGE_VALUES = {-1, 0, 1, 63, 64, 4095, 4096, 4097, Integer.MAX_VALUE,
            1L << 32, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_CHARS = " {}[]\":,0-9en\\\u00ff";

    @TempDir
    Path dir;

    @Test
    void mutatedFullAndMiniFilesNeverEscapeAsOtherExceptions() throws IOException {
        Path full = dir.resolve("m.cgraph");
        Path mini = dir.resolve("m.mini.cgraph");
        CgraphSamples.writeSample(full, 5000, 21);
        MiniCgraph.write(mini, full);
        byte[] goodFull = CgraphSamples.read(full);
        byte[] goodMini = CgraphSamples.read(mini);
        Random random = new Random(20260801L);
        int parsed = 0;
        int rejected = 0;
        for (int round = 0; round < 2 * ROUNDS_PER_KIND; round++) {
            boolean mutateMini = round % 2 == 1;
            byte[] input = mutate(mutateMini ? goodMini : goodFull, random);
            CgraphSamples.write(full, mutateMini ? goodFull : input);
            CgraphSamples.write(mini, mutateMini ? input : goodMini);
            Path target = mutateMini ? mini : full;
            long start = System.nanoTime();
            try {
                try (CgraphFile f = CgraphFile.open(target)) {
                    f.manifest().capsules().forEach(f::graphBlob);
                }
                parsed++;
            } catch (ModelFormatException expected) {
                rejected++;
            } catch (RuntimeException | Error e) {
                fail("round " + round + ": open threw " + e, e);
            }
            exercise(round, () -> CgraphVerifier.verify(target));
            if (!mutateMini) {
                exercise(round, () -> CgraphVerifier.verify(mini));
            } else if (round % 5 == 1) {
                exercise(round, () -> CgraphVerifier.repair(mini));
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis).as("round %d took %d ms", round, millis).isLessThan(1000);
        }
        assertThat(parsed + rejected).isEqualTo(2 * ROUNDS_PER_KIND);
        assertThat(rejected).isGreaterThan(ROUNDS_PER_KIND);   // most mutations are caught
        assertThat(parsed).isGreaterThan(20);                  // and some reach the deeper checks and pass
    }

    private static void exercise(int round, Runnable action) {
        try {
            action.run();
        } catch (ModelFormatException expected) {
            // fine: a one-line problem
        } catch (RuntimeException | Error e) {
            fail("round " + round + ": threw " + e, e);
        }
    }

    private static byte[] mutate(byte[] good, Random r) {
        byte[] b = good.clone();
        switch (r.nextInt(10)) {
            case 0 -> { // bit flips, mostly in the header and the manifest
                for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                    int at = switch (r.nextInt(3)) {
                        case 0 -> r.nextInt(64);
                        case 1 -> manifestStart(good) + r.nextInt(b.length - manifestStart(good));
                        default -> r.nextInt(b.length);
                    };
                    b[at] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 1 -> { // overwritten bytes
                int at = r.nextInt(b.length);
                for (int i = at; i < Math.min(b.length, at + 1 + r.nextInt(8)); i++) {
                    b[i] = (byte) r.nextInt();
                }
            }
            case 2 -> b = Arrays.copyOf(b, r.nextInt(b.length));   // truncated
            case 3 -> { // appended garbage, header total fixed half of the time
                b = Arrays.copyOf(b, b.length + 1 + r.nextInt(5000));
                if (r.nextBoolean()) {
                    header(b).putLong(40, b.length);
                    CgraphSamples.fixHeaderCrc(b);
                }
            }
            case 4 -> { // inflated or bogus header fields with a valid header checksum
                int field = new int[] {16, 24, 40, 36, 12, 32}[r.nextInt(6)];
                long value = r.nextBoolean() ? EDGE_VALUES[r.nextInt(EDGE_VALUES.length)] : r.nextLong();
                if (field == 36 || field == 12 || field == 32) {
                    header(b).putInt(field, (int) value);
                } else {
                    header(b).putLong(field, value);
                }
                CgraphSamples.fixHeaderCrc(b);
            }
            case 5 -> { // wrong magic or version
                if (r.nextBoolean()) {
                    b[r.nextInt(8)] ^= (byte) (1 + r.nextInt(255));
                } else {
                    header(b).putShort(8 + 2 * r.nextInt(2), (short) r.nextInt(5));
                    CgraphSamples.fixHeaderCrc(b);
                }
            }
            case 6 -> { // random garbage, sometimes behind a valid magic
                b = CgraphSamples.bytes(r, r.nextInt(20_000));
                if (b.length >= 8 && r.nextBoolean()) {
                    System.arraycopy(good, 0, b, 0, 8);
                }
            }
            case 7 -> b = CgraphSamples.withManifest(good, mutateManifestText(CgraphSamples.manifestBytes(good), r));
            default -> b = CgraphSamples.withManifest(good, mutateManifestTree(CgraphSamples.manifestBytes(good), r));
        }
        return b;
    }

    /** Character-level damage to the JSON text (checksums fixed afterwards), e.g. syntax errors. */
    private static byte[] mutateManifestText(byte[] json, Random r) {
        byte[] b = json.clone();
        return switch (r.nextInt(3)) {
            case 0 -> {
                b[r.nextInt(b.length)] = (byte) JSON_CHARS.charAt(r.nextInt(JSON_CHARS.length()));
                yield b;
            }
            case 1 -> Arrays.copyOf(b, r.nextInt(b.length));
            default -> { // deep nesting inside the metadata, beyond the parser's depth limit
                int depth = 10 + r.nextInt(1000);
                yield new String(b, StandardCharsets.UTF_8).replace("\"metadata\":{", "\"metadata\":{\"deep\":"
                        + "[".repeat(depth) + "]".repeat(depth - r.nextInt(2)) + ",").getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    /** A structural edit of one random JSON value: edge numbers, wrong types, removals, nulls. */
    private static byte[] mutateManifestTree(byte[] json, Random r) {
        try {
            JsonNode root = JSON.readTree(json);
            List<JsonNode[]> slots = new ArrayList<>();   // {container, child}
            collect(root, slots);
            for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                JsonNode[] slot = slots.get(r.nextInt(slots.size()));
                JsonNode replacement = replacement(slot[1], r);
                if (slot[0] instanceof ObjectNode o) {
                    String key = keyOf(o, slot[1]);
                    if (replacement == null) {
                        o.remove(key);
                    } else {
                        o.set(key, replacement);
                    }
                } else if (slot[0] instanceof ArrayNode a) {
                    int index = indexOf(a, slot[1]);
                    if (index >= 0) {
                        a.set(index, replacement == null ? JsonNodeFactory.instance.nullNode() : replacement);
                    }
                }
            }
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode replacement(JsonNode old, Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (r.nextInt(8)) {
            case 0 -> null;
            case 1 -> f.nullNode();
            case 2 -> f.numberNode(EDGE_VALUES[r.nextInt(EDGE_VALUES.length)]);
            case 3 -> old.isNumber() ? f.numberNode(old.asLong() + (r.nextBoolean() ? 4096 : -1)) : f.numberNode(7);
            case 4 -> f.textNode(r.nextBoolean() ? "" : "ggml:q4_k");
            case 5 -> f.arrayNode().add(1).add("x");
            case 6 -> f.objectNode();
            default -> f.numberNode(r.nextDouble() * 1e20);
        };
    }

    private static void collect(JsonNode node, List<JsonNode[]> slots) {
        for (JsonNode child : node) {
            slots.add(new JsonNode[] {node, child});
            collect(child, slots);
        }
    }

    private static String keyOf(ObjectNode o, JsonNode child) {
        for (var e : o.properties()) {
            if (e.getValue() == child) {
                return e.getKey();
            }
        }
        return "missing";
    }

    private static int indexOf(ArrayNode a, JsonNode child) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) == child) {
                return i;
            }
        }
        return -1;
    }

    private static int manifestStart(byte[] file) {
        return (int) CgraphSamples.headerLong(file, 16);
    }

    private static ByteBuffer header(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }
}
