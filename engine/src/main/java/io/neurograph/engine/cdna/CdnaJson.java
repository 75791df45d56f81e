package io.neurograph.engine.cdna;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * CDNA ⇄ human-readable JSON for export, import and diffs. Field names are the snake_case names of the
 * binary layout; the profile is written by name, {@code allowed_connection_types} as a 64-bit hex
 * string. The checksum is written for information only: import recomputes it.
 */
public final class CdnaJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String VERSION = "version";
    private static final String PROFILE = "profile";
    private static final String CHECKSUM = "checksum";

    private CdnaJson() {
    }

    public static String toJson(Cdna cdna) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put(VERSION, cdna.versionMajor() + "." + cdna.versionMinor());
        root.put(PROFILE, cdna.profile().key());
        for (CdnaField f : CdnaField.values()) {
            if (f.isArray()) {
                ArrayNode array = root.putArray(f.key);
                for (int i = 0; i < f.count; i++) {
                    if (f.kind == CdnaField.Kind.F32) {
                        array.add(cdna.readFloat(f, i));
                    } else {
                        array.add(cdna.readLong(f, i));
                    }
                }
            } else if (f.kind == CdnaField.Kind.F32) {
                root.put(f.key, cdna.readFloat(f, 0));
            } else if (f.kind == CdnaField.Kind.MASK64) {
                root.put(f.key, hex(cdna.readLong(f, 0)));
            } else {
                root.put(f.key, cdna.readLong(f, 0));
            }
        }
        root.put(CHECKSUM, hex(cdna.checksum()));
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a JSON tree", e);
        }
    }

    /**
     * Reads a CDNA. Fields left out keep the values of {@code profile}'s preset (timestamps default to
     * {@code nowSeconds}); unknown fields are refused so that typos do not pass silently. The result
     * is validated.
     *
     * @throws CdnaJsonException when the document or a field cannot be read
     * @throws CdnaValidationException when the CDNA it describes has validation errors
     */
    public static Cdna fromJson(String json, long nowSeconds) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new CdnaJsonException(null, "not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new CdnaJsonException(null, "expected a JSON object with CDNA fields");
        }
        Set<String> known = new HashSet<>(Set.of(VERSION, PROFILE, CHECKSUM));
        for (CdnaField f : CdnaField.values()) {
            known.add(f.key);
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!known.contains(e.getKey())) {
                throw new CdnaJsonException(e.getKey(), "unknown field");
            }
        }
        checkVersion(root.get(VERSION));
        Cdna.Editor editor = Cdna.forProfile(profile(root.get(PROFILE)), nowSeconds).edit();
        long modifiedAt = nowSeconds;
        for (CdnaField f : CdnaField.values()) {
            JsonNode node = root.get(f.key);
            if (node == null) {
                continue;
            }
            if (f == CdnaField.MODIFIED_AT) {
                modifiedAt = integer(node, f, 0);
            } else if (f.isArray()) {
                if (!node.isArray() || node.size() != f.count) {
                    throw new CdnaJsonException(f.key, "expected an array of " + f.count + " numbers, got " + node);
                }
                for (int i = 0; i < f.count; i++) {
                    write(editor, f, i, node.get(i));
                }
            } else {
                write(editor, f, 0, node);
            }
        }
        Cdna cdna = editor.build(modifiedAt);
        CdnaValidation validation = cdna.validate();
        if (!validation.isValid()) {
            throw new CdnaValidationException("Imported CDNA", validation);
        }
        return cdna;
    }

    private static void checkVersion(JsonNode node) {
        if (node != null && !(node.isTextual() && node.asText().startsWith(CdnaLayout.VERSION_MAJOR_VALUE + "."))) {
            throw new CdnaJsonException(VERSION, "only CDNA version 2.x can be imported, got " + node);
        }
    }

    private static ProfileId profile(JsonNode node) {
        if (node == null) {
            return ProfileId.DEFAULT;
        }
        if (!node.isTextual()) {
            throw new CdnaJsonException(PROFILE, "expected a profile name, got " + node);
        }
        try {
            return ProfileId.parse(node.asText());
        } catch (IllegalArgumentException e) {
            throw new CdnaJsonException(PROFILE, e.getMessage());
        }
    }

    private static void write(Cdna.Editor editor, CdnaField f, int i, JsonNode node) {
        try {
            if (f.kind == CdnaField.Kind.F32) {
                if (!node.isNumber()) {
                    throw new CdnaJsonException(f.name(i), "expected a number, got " + node);
                }
                editor.set(f, i, node.floatValue());
            } else {
                editor.set(f, i, integer(node, f, i));
            }
        } catch (CdnaJsonException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new CdnaJsonException(f.name(i), e.getMessage());
        }
    }

    private static long integer(JsonNode node, CdnaField f, int i) {
        if (f.kind == CdnaField.Kind.MASK64 && node.isTextual()) {
            String text = node.asText().trim();
            try {
                return Long.parseUnsignedLong(text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text,
                        16);
            } catch (NumberFormatException e) {
                throw new CdnaJsonException(f.name(i), "expected a 64-bit hex mask such as \"0xFFFFFFFFFFFFFFFF\", got "
                        + node);
            }
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new CdnaJsonException(f.name(i), "expected a whole number, got " + node);
        }
        return node.longValue();
    }

    private static String hex(long v) {
        return String.format("0x%016X", v);
    }
}
