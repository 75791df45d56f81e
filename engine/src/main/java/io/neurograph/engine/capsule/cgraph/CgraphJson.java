package io.neurograph.engine.capsule.cgraph;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.neurograph.engine.capsule.ModelFormatException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The manifest's JSON form: snake_case, nulls omitted, unknown properties ignored, integers read as Long.
 * A missing or null number reads as 0, which the validator rejects wherever 0 is not a legal value.
 */
final class CgraphJson {
    /** Far deeper than any manifest needs, shallow enough that no input can exhaust the stack. */
    private static final int MAX_NESTING = 64;

    private static final int MAX_MESSAGE = 200;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                    .build())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // a wrong JSON type is an error, not something to coerce ("12" or 1.5 for an offset, 7 for a name)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.ALWAYS))
            .build();

    private CgraphJson() {
    }

    static byte[] write(CgraphManifest manifest) {
        try {
            return MAPPER.writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("manifest cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses manifest bytes that start at file offset {@code offset}; errors name the byte, line and column. */
    static CgraphManifest read(Path file, long offset, byte[] json) {
        try {
            CgraphManifest manifest = MAPPER.readValue(json, CgraphManifest.class);
            if (manifest == null) {
                throw new ModelFormatException(file, offset, "manifest is JSON null, not an object");
            }
            return manifest;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long where = at == null || at.getByteOffset() < 0 ? offset : offset + at.getByteOffset();
            String line = at == null ? "" : " (manifest line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            String field = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? " at " + path(m) : "";
            throw new ModelFormatException(file, where, "manifest JSON is invalid" + field + ": "
                    + oneLine(e.getOriginalMessage()) + line);
        } catch (IOException e) {
            throw new ModelFormatException(file, "manifest JSON at byte " + offset + " cannot be read", e);
        }
    }

    /** The JSON path of a binding error in manifest terms, e.g. {@code capsules[2].region.offset}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Jackson messages may span lines and name Java classes; a report wants one short line in JSON terms. */
    private static String oneLine(String s) {
        String line = s == null ? "" : s.replaceAll("\\s+", " ")
                .replaceAll(" \\(start marker at \\[Source:[^\\]]*\\]\\)", "")
                .replaceAll("(io\\.neurograph\\.engine\\.capsule\\.cgraph|java\\.lang|java\\.util)\\.", "")
                .strip();
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "...";
    }
}
