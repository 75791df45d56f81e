package io.neurograph.engine.capsule.runtime;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.cgraph.ValueSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON files of {@code tiro run}. INPUTS.json is an object mapping each input name to nested arrays of
 * numbers (a rectangular array of the input's rank; integers for integer dtypes); OUT.json maps each output
 * name to {@code {"shape": [...], "data": [flat row-major values]}}. Both are streamed, so big arrays never
 * become a JSON tree.
 */
public final class TensorJson {
    private static final int MAX_RANK = 64;
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private TensorJson() {
    }

    /** Reads INPUTS.json for a model with these inputs (e.g. {@code runtime.manifest().inputs()}). */
    public static Map<String, TensorValue> readInputs(Path file, List<ValueSpec> inputs) {
        Map<String, String> dtypes = new LinkedHashMap<>();
        inputs.forEach(v -> dtypes.put(v.name(), v.dtype()));
        return readInputs(file, dtypes);
    }

    /**
     * Reads INPUTS.json. {@code dtypeByInput} maps every model input to its cgraph dtype; each must be
     * present in the file. Bad content throws {@link ModelFormatException} naming the file, the line and
     * column, the input and the problem.
     */
    public static Map<String, TensorValue> readInputs(Path file, Map<String, String> dtypeByInput) {
        try (JsonParser p = JSON.createParser(Files.newInputStream(file))) {
            Map<String, TensorValue> inputs = new LinkedHashMap<>();
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw problem(file, p, null, "expected a JSON object mapping input names to arrays");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                String dtype = dtypeByInput.get(name);
                if (dtype == null) {
                    throw problem(file, p, name, "not an input of the model (inputs: "
                            + String.join(", ", dtypeByInput.keySet()) + ")");
                }
                if (inputs.containsKey(name)) {
                    throw problem(file, p, name, "given twice");
                }
                ElementType type = ElementType.ofDtype(dtype);
                if (type == null || !type.readableFromJson()) {
                    throw problem(file, p, name, "dtype " + dtype + " cannot be given in JSON (only int32, int64,"
                            + " float32, float64)");
                }
                p.nextToken();
                inputs.put(name, new ArrayReader(file, p, name, type).read());
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw problem(file, p, null, "unexpected content after the inputs object");
            }
            for (String name : dtypeByInput.keySet()) {
                if (!inputs.containsKey(name)) {
                    throw new ModelFormatException(file, "input '" + name + "' is missing");
                }
            }
            return inputs;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new ModelFormatException(file, where + "invalid JSON: " + e.getOriginalMessage());
        } catch (NoSuchFileException e) {
            throw new ModelFormatException(file, "file not found");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes OUT.json: every output as {"shape": [...], "data": [...]}, in the map's order. */
    public static void writeOutputs(Path file, Map<String, TensorValue> outputs) {
        try (JsonGenerator g = JSON.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            for (Map.Entry<String, TensorValue> e : outputs.entrySet()) {
                TensorValue v = e.getValue();
                g.writeObjectFieldStart(e.getKey());
                g.writeArrayFieldStart("shape");
                for (long d : v.shape()) {
                    g.writeNumber(d);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("data");
                writeElements(g, ElementType.require(v.dtype(), e.getKey()), v.data());
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void writeElements(JsonGenerator g, ElementType type, ByteBuffer data) throws IOException {
        while (data.hasRemaining()) {
            switch (type) {
                case FLOAT32 -> g.writeNumber(data.getFloat());
                case FLOAT64 -> g.writeNumber(data.getDouble());
                case FLOAT16 -> g.writeNumber(Float.float16ToFloat(data.getShort()));
                case BFLOAT16 -> g.writeNumber(Float.intBitsToFloat((data.getShort() & 0xFFFF) << 16));
                case INT8 -> g.writeNumber(data.get());
                case UINT8 -> g.writeNumber(data.get() & 0xFF);
                case INT16 -> g.writeNumber(data.getShort());
                case INT32 -> g.writeNumber(data.getInt());
                case INT64 -> g.writeNumber(data.getLong());
                case BOOL -> g.writeBoolean(data.get() != 0);
            }
        }
    }

    private static ModelFormatException problem(Path file, JsonParser p, String input, String what) {
        JsonLocation at = p.currentTokenLocation();
        return new ModelFormatException(file, "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": "
                + (input == null ? "" : "input '" + input + "': ") + what);
    }

    /** Reads one nested array, learning the shape from the first row at each depth and checking the others. */
    private static final class ArrayReader {
        private final Path file;
        private final JsonParser p;
        private final String input;
        private final ElementType type;
        private final long[] dims = new long[MAX_RANK];
        private int rank = -1;
        private ByteBuffer values = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);

        ArrayReader(Path file, JsonParser p, String input, ElementType type) {
            this.file = file;
            this.p = p;
            this.input = input;
            this.type = type;
            Arrays.fill(dims, -1);
        }

        TensorValue read() throws IOException {
            if (p.currentToken() == JsonToken.START_ARRAY) {
                readArray(0);
            } else {
                rank = 0;
                readNumber();
            }
            return new TensorValue(type.dtype(), Arrays.copyOf(dims, rank), values.flip());
        }

        private void readArray(int depth) throws IOException {
            long count = 0;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == JsonToken.START_ARRAY) {
                    if (rank != -1 && depth + 1 >= rank) {
                        throw problem(file, p, input, "not rectangular: an array where a number was expected at depth "
                                + (depth + 1));
                    }
                    if (depth + 1 >= MAX_RANK) {
                        throw problem(file, p, input, "arrays nested deeper than " + MAX_RANK);
                    }
                    readArray(depth + 1);
                } else {
                    if (rank == -1) {
                        rank = depth + 1;
                    } else if (rank != depth + 1) {
                        throw problem(file, p, input, "not rectangular: a number where an array was expected at depth "
                                + (depth + 1));
                    }
                    readNumber();
                }
                count++;
            }
            if (rank == -1) {
                rank = depth + 1; // an empty innermost array
            }
            if (dims[depth] == -1) {
                dims[depth] = count;
            } else if (dims[depth] != count) {
                throw problem(file, p, input, "not rectangular: an array at depth " + depth + " has " + count
                        + " elements, the first one had " + dims[depth]);
            }
        }

        private void readNumber() throws IOException {
            JsonToken t = p.currentToken();
            boolean integer = t == JsonToken.VALUE_NUMBER_INT;
            if (!integer && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw problem(file, p, input, "expected a number, got " + describe(t));
            }
            if (!integer && type.integral()) {
                throw problem(file, p, input, "expected an integer for " + type.dtype() + ", got " + p.getText());
            }
            if (values.remaining() < Long.BYTES) {
                grow();
            }
            try {
                switch (type) {
                    case INT64 -> values.putLong(p.getLongValue());
                    case INT32 -> values.putInt(p.getIntValue());
                    case FLOAT32 -> values.putFloat(p.getFloatValue());
                    case FLOAT64 -> values.putDouble(p.getDoubleValue());
                    default -> throw new IllegalStateException(type.dtype());
                }
            } catch (InputCoercionException e) {
                throw problem(file, p, input, p.getText() + " is out of range for " + type.dtype());
            }
        }

        private void grow() {
            if (values.capacity() > Integer.MAX_VALUE / 2) {
                throw problem(file, p, input, "more than " + values.capacity() + " bytes of values");
            }
            ByteBuffer bigger = ByteBuffer.allocate(values.capacity() * 2).order(ByteOrder.LITTLE_ENDIAN);
            values = bigger.put(values.flip());
        }

        private static String describe(JsonToken t) {
            return switch (t) {
                case VALUE_STRING -> "a string";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                case START_OBJECT -> "an object";
                default -> t.asString() == null ? t.name() : t.asString();
            };
        }
    }
}
