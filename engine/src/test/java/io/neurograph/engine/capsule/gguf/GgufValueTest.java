package io.neurograph.engine.capsule.gguf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufValueTest {
    private static final TypeReference<Map<String, Object>> JSON_MAP = new TypeReference<>() {
    };

    @TempDir
    Path dir;

    @Test
    void writesReadableTypedJson() throws Exception {
        ObjectMapper json = new ObjectMapper();

        assertThat(json.writeValueAsString(GgufValue.uint32(7).toJsonValue())).isEqualTo("{\"type\":\"uint32\",\"value\":7}");
        assertThat(json.writeValueAsString(GgufValue.float32(0.1f).toJsonValue())).isEqualTo("{\"type\":\"float32\",\"value\":0.1}");
        assertThat(json.writeValueAsString(GgufValue.uint64(-1).toJsonValue()))
                .isEqualTo("{\"type\":\"uint64\",\"value\":18446744073709551615}");
        assertThat(json.writeValueAsString(GgufValue.array(GgufValueType.INT32,
                List.of(GgufValue.int32(1), GgufValue.int32(2))).toJsonValue()))
                .isEqualTo("{\"type\":\"array\",\"element_type\":\"int32\",\"value\":[1,2]}");
        assertThat(json.writeValueAsString(GgufValue.float64(-0.0).toJsonValue())).isEqualTo("{\"type\":\"float64\",\"value\":\"-0.0\"}");
        assertThat(json.writeValueAsString(new GgufValue.Scalar(GgufValueType.FLOAT32, 0x7FC0_1234L).toJsonValue()))
                .isEqualTo("{\"type\":\"float32\",\"value\":\"NaN(0x7fc01234)\"}");
    }

    /** Through Jackson with default settings and with big-number settings, every value comes back with its exact bits. */
    @Test
    void everyValueTypeSurvivesAJsonRoundTrip() throws Exception {
        Map<String, GgufValue> metadata = GgufSamples.everyValueType();
        for (ObjectMapper json : List.of(new ObjectMapper(), new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_BIG_INTEGER_FOR_INTS))) {
            Map<String, Object> plain = new LinkedHashMap<>();
            metadata.forEach((key, value) -> plain.put(key, value.toJsonValue()));
            Map<String, Object> parsed = json.readValue(json.writeValueAsString(plain), JSON_MAP);

            Map<String, GgufValue> restored = new LinkedHashMap<>();
            parsed.forEach((key, value) -> restored.put(key, GgufValue.fromJsonValue(value)));
            assertThat(restored).isEqualTo(metadata);
        }
    }

    /** GGUF → JSON → GGUF gives the same bytes: the manifest can carry a file's metadata exactly. */
    @Test
    void metadataRestoredFromJsonRewritesTheSameFile() throws Exception {
        Path original = dir.resolve("original.gguf");
        GgufWriter.write(original, GgufSamples.everyValueType(), GgufWriterTest.sampleTensors());
        GgufFile read = GgufReader.read(original);
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> plain = new LinkedHashMap<>();
        read.metadata().forEach((key, value) -> plain.put(key, value.toJsonValue()));
        Map<String, Object> parsed = json.readValue(json.writeValueAsString(plain), JSON_MAP);
        Map<String, GgufValue> restored = new LinkedHashMap<>();
        parsed.forEach((key, value) -> restored.put(key, GgufValue.fromJsonValue(value)));

        Path rewritten = dir.resolve("rewritten.gguf");
        GgufWriter.write(rewritten, read.version(), restored, GgufWriterTest.tensorsOf(read));

        assertThat(Files.mismatch(rewritten, original)).isEqualTo(-1);
    }

    /** Float32 JSON text is the shortest decimal; read back as a double it must still pick the original float. */
    @Test
    void float32SurvivesShortestDecimalReadAsDouble() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (!Float.isFinite(f)) {
                continue;
            }
            Object asDouble = Double.parseDouble(Float.toString(f));
            GgufValue back = GgufValue.fromJsonValue(Map.of("type", "float32", "value", asDouble));
            assertThat(back).isEqualTo(GgufValue.float32(f));
        }
    }

    @Test
    void checksRangesAndTypes() {
        assertThatThrownBy(() -> GgufValue.uint8(256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GgufValue.int16(40000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GgufValue.uint32(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GgufValue.Scalar(GgufValueType.STRING, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GgufValue.array(GgufValueType.INT32, List.of(GgufValue.uint32(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("array of INT32 holds a UINT32");
        assertThatThrownBy(() -> GgufValue.string("x").asLong()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> GgufValue.uint8(1).asString()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> GgufValue.fromJsonValue(Map.of("type", "uint8", "value", 300)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GgufValue.fromJsonValue(Map.of("type", "int32", "value", 1.5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GgufValue.fromJsonValue(Map.of("type", "uint64", "value", -1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GgufValue.fromJsonValue(Map.of("type", "float32", "value", "NaN(0x3f800000)")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a NaN");
        assertThatThrownBy(() -> GgufValue.fromJsonValue(Map.of("type", "complex", "value", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown GGUF value type 'complex'");
        assertThatThrownBy(() -> GgufValue.fromJsonValue(7)).isInstanceOf(IllegalArgumentException.class);
        assertThat(GgufValue.uint64(-1).toString()).isEqualTo("UINT64 18446744073709551615");
        assertThat(GgufValue.fromJsonValue(Map.of("type", "bool", "value", true))).isEqualTo(GgufValue.bool(true));
    }
}
