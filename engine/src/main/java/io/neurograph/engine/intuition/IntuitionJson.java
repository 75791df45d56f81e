package io.neurograph.engine.intuition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON texts of the intuition layer: a stored {@link ActionPolicy}
 * ({@code {"weights":{"<code>":w,…},"rule":…,"updated":…,"justification":…}}) and event metadata parameters.
 */
final class IntuitionJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IntuitionJson() {
    }

    static String write(ActionPolicy policy) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode weights = root.putObject("weights");
        policy.actionWeights().forEach((action, w) -> weights.put(Integer.toString(action), w));
        root.put("rule", policy.ruleId());
        root.put("updated", policy.lastUpdated());
        root.put("justification", policy.justification());
        return root.toString();
    }

    /** @throws IllegalArgumentException naming what is missing or malformed */
    static ActionPolicy read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode weights = root == null ? null : root.get("weights");
        if (weights == null || !weights.isObject() || !root.path("rule").isTextual() || !root.path("updated").isNumber()
                || !root.path("justification").isTextual()) {
            throw new IllegalArgumentException("expected an object with weights, rule, updated and justification, got "
                    + json);
        }
        Map<Integer, Double> map = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = weights.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            try {
                map.put(Integer.parseInt(e.getKey()), e.getValue().asDouble());
            } catch (NumberFormatException bad) {
                throw new IllegalArgumentException("action code '" + e.getKey() + "' is not a number", bad);
            }
        }
        return new ActionPolicy(map, root.get("rule").asText(), root.get("updated").asLong(),
                root.get("justification").asText());
    }

    /** Parameters of a feedback event: the connections that delivered the result and the verdict. */
    static String feedback(long[] connectionIds, boolean positive) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode ids = root.putArray("connections");
        for (long id : connectionIds) {
            ids.add(id);
        }
        root.put("positive", positive);
        return root.toString();
    }

    /** Parameters of a proposal decision event. */
    static String decision(ProposalDecision d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("target", d.proposal().target());
        root.put("justification", d.proposal().justification());
        if (!d.accepted()) {
            root.put("reason", d.reason());
        }
        return root.toString();
    }
}
