package io.neurograph.engine.capsule.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The 20 tokenized sentences of {@code capsule/minilm-sentences.json} and the BERT inputs built from them. */
public final class MiniLmFixtures {
    public record Sentence(String text, long[] ids) {
    }

    private MiniLmFixtures() {
    }

    public static List<Sentence> sentences() {
        try (InputStream in = MiniLmFixtures.class.getResourceAsStream("/capsule/minilm-sentences.json")) {
            List<Sentence> sentences = new ArrayList<>();
            for (JsonNode s : new ObjectMapper().readTree(in).get("sentences")) {
                long[] ids = new long[s.get("ids").size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = s.get("ids").get(i).asLong();
                }
                sentences.add(new Sentence(s.get("text").asText(), ids));
            }
            return sentences;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** input_ids, attention_mask (all ones) and token_type_ids (all zeros), batch 1. */
    public static Map<String, TensorValue> bertInputs(long[] ids) {
        long[] shape = {1, ids.length};
        long[] ones = new long[ids.length];
        Arrays.fill(ones, 1);
        Map<String, TensorValue> inputs = new HashMap<>();
        inputs.put("input_ids", TensorValue.ofLongs(shape, ids));
        inputs.put("attention_mask", TensorValue.ofLongs(shape, ones));
        inputs.put("token_type_ids", TensorValue.ofLongs(shape, new long[ids.length]));
        return inputs;
    }
}
