package io.neurograph.engine.capsule.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.cgraph.ValueSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TensorJsonTest {
    private static final Map<String, String> BERT_INPUTS = Map.of("input_ids", "int64", "attention_mask", "int64");

    @TempDir
    Path dir;

    @Test
    void readsNestedArraysWithTheDeclaredDtypes() throws IOException {
        Path file = write("""
                {"ids": [[101, 7592, 102], [101, 2088, 102]], "scale": [[0.5], [-1.25e2]], "bias": 3}
                """);
        Map<String, TensorValue> in = TensorJson.readInputs(file,
                Map.of("ids", "int64", "scale", "float32", "bias", "float32"));
        assertThat(in.get("ids").dtype()).isEqualTo("int64");
        assertThat(in.get("ids").shape()).containsExactly(2, 3);
        assertThat(in.get("ids").toLongArray()).containsExactly(101, 7592, 102, 101, 2088, 102);
        assertThat(in.get("scale").shape()).containsExactly(2, 1);
        assertThat(in.get("scale").toFloatArray()).containsExactly(0.5f, -125f);
        assertThat(in.get("bias").shape()).isEmpty();
        assertThat(in.get("bias").toFloatArray()).containsExactly(3f);
    }

    @Test
    void readsTheInputsAManifestDeclares() throws IOException {
        Path file = write("{\"input_ids\": [[101, 102]], \"attention_mask\": [[1, 1]]}");
        Map<String, TensorValue> in = TensorJson.readInputs(file, List.of(
                new ValueSpec("input_ids", "int64", List.of("batch_size", "sequence_length")),
                new ValueSpec("attention_mask", "int64", List.of("batch_size", "sequence_length"))));
        assertThat(in.keySet()).containsExactly("input_ids", "attention_mask");
        assertThat(in.get("attention_mask").toLongArray()).containsExactly(1, 1);
    }

    @Test
    void bigArraysStreamIntoOneBuffer() throws IOException {
        StringBuilder json = new StringBuilder("{\"x\": [");
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append('[').append(i).append(',').append(-i).append(']');
        }
        Path file = write(json.append("]}").toString());
        long[] values = TensorJson.readInputs(file, Map.of("x", "int64")).get("x").toLongArray();
        assertThat(values).hasSize(2 * n);
        assertThat(values[2 * (n - 1)]).isEqualTo(n - 1);
        assertThat(values[2 * (n - 1) + 1]).isEqualTo(-(n - 1));
    }

    @Test
    void emptyArraysKeepTheirShape() throws IOException {
        Path file = write("{\"x\": [[], []]}");
        TensorValue x = TensorJson.readInputs(file, Map.of("x", "float32")).get("x");
        assertThat(x.shape()).containsExactly(2, 0);
    }

    @Test
    void writesOutputsThatReadBackAsInputs() throws IOException {
        Map<String, TensorValue> outputs = new LinkedHashMap<>();
        outputs.put("hidden", TensorValue.ofFloats(new long[] {1, 2, 3}, new float[] {0.1f, -2f, 3.5e-8f, 4f, 5f, 1e30f}));
        outputs.put("ids", TensorValue.ofLongs(new long[] {2}, new long[] {Long.MAX_VALUE, -7}));
        Path out = dir.resolve("out.json");
        TensorJson.writeOutputs(out, outputs);

        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertThat(root.fieldNames()).toIterable().containsExactly("hidden", "ids");
        assertThat(root.get("hidden").get("shape").toString()).isEqualTo("[1,2,3]");
        assertThat(root.get("ids").get("data").toString()).isEqualTo("[9223372036854775807,-7]");

        // the flat data reshaped into nested arrays is a valid INPUTS.json with the same values
        Path in = write("{\"hidden\": [[[0.1, -2, 3.5e-8], [4, 5, 1e30]]], \"ids\": "
                + root.get("ids").get("data") + "}");
        Map<String, TensorValue> back = TensorJson.readInputs(in, Map.of("hidden", "float32", "ids", "int64"));
        assertThat(back.get("hidden")).isEqualTo(outputs.get("hidden"));
        assertThat(back.get("ids")).isEqualTo(outputs.get("ids"));
        float[] written = new float[6];
        for (int i = 0; i < 6; i++) {
            written[i] = root.get("hidden").get("data").get(i).floatValue();
        }
        assertThat(written).containsExactly(outputs.get("hidden").toFloatArray());
    }

    @Test
    void raggedArraysAreRejectedWithTheInputAndPosition() throws IOException {
        Path file = write("{\"input_ids\": [[1, 2, 3],\n [4, 5]], \"attention_mask\": [[1]]}");
        assertThatThrownBy(() -> TensorJson.readInputs(file, BERT_INPUTS))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("line 2")
                .hasMessageContaining("input 'input_ids'")
                .hasMessageContaining("not rectangular: an array at depth 1 has 2 elements, the first one had 3");
    }

    @Test
    void mixedDepthsAreRejected() throws IOException {
        assertProblem("{\"input_ids\": [[1, 2], 3], \"attention_mask\": [1]}",
                "input 'input_ids': not rectangular: a number where an array was expected at depth 1");
        assertProblem("{\"input_ids\": [1, [2]], \"attention_mask\": [1]}",
                "input 'input_ids': not rectangular: an array where a number was expected at depth 1");
    }

    @Test
    void wrongValueTypesAreRejected() throws IOException {
        assertProblem("{\"input_ids\": [[1, 2.5]], \"attention_mask\": [[1, 1]]}",
                "input 'input_ids': expected an integer for int64, got 2.5");
        assertProblem("{\"input_ids\": [[1, \"2\"]], \"attention_mask\": [[1, 1]]}",
                "input 'input_ids': expected a number, got a string");
        assertProblem("{\"input_ids\": [[1, 99999999999999999999]], \"attention_mask\": [[1, 1]]}",
                "input 'input_ids': 99999999999999999999 is out of range for int64");
    }

    @Test
    void unknownMissingAndDuplicateInputsAreRejected() throws IOException {
        assertProblem("{\"input_idz\": [[1]], \"attention_mask\": [[1]]}",
                "input 'input_idz': not an input of the model (inputs: ");
        assertProblem("{\"input_ids\": [[1]]}", "input 'attention_mask' is missing");
        assertProblem("{\"input_ids\": [[1]], \"input_ids\": [[1]], \"attention_mask\": [[1]]}",
                "input 'input_ids': given twice");
    }

    @Test
    void malformedJsonIsReportedWithItsPosition() throws IOException {
        assertProblem("{\"input_ids\": [[1, 2]", "invalid JSON");
        assertProblem("[1, 2]", "expected a JSON object mapping input names to arrays");
        assertProblem("{\"input_ids\": [[1]], \"attention_mask\": [[1]]} trailing", "line 1");
    }

    @Test
    void tooDeepNestingIsRejected() throws IOException {
        String deep = "{\"input_ids\": " + "[".repeat(70) + "1" + "]".repeat(70) + ", \"attention_mask\": [1]}";
        assertProblem(deep, "input 'input_ids': arrays nested deeper than 64");
    }

    private void assertProblem(String json, String expected) throws IOException {
        Path file = write(json);
        assertThatThrownBy(() -> TensorJson.readInputs(file, BERT_INPUTS))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(expected);
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(dir, "inputs", ".json");
        Files.writeString(file, json);
        return file;
    }
}
