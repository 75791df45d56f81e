package io.neurograph.engine.capsule.onnx;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.proto.ProtoReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Reads an ONNX model file. The file is mapped only while parsing; the model keeps file offsets for
 * raw_data and external data, so weights are never copied. Small tensors stored in the typed fields
 * (float_data, int32_data, ...) are converted to raw_data encoding on the heap.
 */
public final class OnnxReader {
    /** Nested subgraphs (If/Loop bodies) deeper than this are rejected instead of overflowing the stack. */
    private static final int MAX_GRAPH_DEPTH = 64;
    /** More dimensions than this is a corrupt tensor, not a real one. */
    private static final int MAX_RANK = 1024;


    private final Path file;
    private final Path directory;
    private final MemorySegment data;
    private final Map<Path, Long> externalFileSizes = new HashMap<>();
    /**
     * Node bytes are kept verbatim and a node inside a subgraph is copied once per enclosing node, so deep
     * nesting could multiply the file size on the heap; this caps the copies at twice the file plus 64 MiB.
     */
    private final long copyBudget;
    private long copied;

    private OnnxReader(Path file, MemorySegment data) {
        this.file = file;
        Path parent = file.toAbsolutePath().getParent();
        this.directory = parent == null ? Path.of("").toAbsolutePath() : parent;
        this.data = data;
        this.copyBudget = 2 * data.byteSize() + (64L << 20);
    }

    /** Parses the model; throws {@link ModelFormatException} if the bytes are not a valid ONNX model. */
    public static OnnxModel read(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
            long size = channel.size();
            if (size == 0) {
                throw new ModelFormatException(file, "empty file is not an ONNX model");
            }
            MemorySegment segment = channel.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
            return new OnnxReader(file, segment).model(size);
        } catch (NoSuchFileException e) {
            throw new ModelFormatException(file, "file not found", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private OnnxModel model(long fileSize) {
        ProtoReader r = ProtoReader.of(file, data);
        long irVersion = 0;
        long modelVersion = 0;
        List<OpsetId> opsets = new ArrayList<>();
        String producerName = "";
        String producerVersion = "";
        String domain = "";
        String doc = "";
        Map<String, String> metadata = new LinkedHashMap<>();
        OnnxGraph graph = null;
        List<byte[]> functions = new ArrayList<>();
        while (r.hasMore()) {
            int tag = r.readTag();
            switch (ProtoReader.fieldNumber(tag)) {
                case 1 -> irVersion = varint(r, tag);
                case 2 -> producerName = string(r, tag);
                case 3 -> producerVersion = string(r, tag);
                case 4 -> domain = string(r, tag);
                case 5 -> modelVersion = varint(r, tag);
                case 6 -> doc = string(r, tag);
                case 7 -> graph = graph(message(r, tag), 0);
                case 8 -> opsets.add(opset(message(r, tag)));
                case 14 -> entry(message(r, tag), metadata);
                case 25 -> functions.add(verbatim(message(r, tag)));
                default -> r.skip(tag);
            }
        }
        if (graph == null) {
            throw new ModelFormatException(file, "not an ONNX model: no graph (ModelProto field 7)");
        }
        return new OnnxModel(file, fileSize, irVersion, List.copyOf(opsets), producerName, producerVersion, domain,
                modelVersion, doc, Collections.unmodifiableMap(metadata), graph, List.copyOf(functions));
    }

    private OpsetId opset(ProtoReader r) {
        String domain = "";
        long version = 0;
        while (r.hasMore()) {
            int tag = r.readTag();
            switch (ProtoReader.fieldNumber(tag)) {
                case 1 -> domain = string(r, tag);
                case 2 -> version = varint(r, tag);
                default -> r.skip(tag);
            }
        }
        return new OpsetId(domain, version);
    }

    private void entry(ProtoReader r, Map<String, String> into) {
        String key = "";
        String value = "";
        while (r.hasMore()) {
            int tag = r.readTag();
            switch (ProtoReader.fieldNumber(tag)) {
                case 1 -> key = string(r, tag);
                case 2 -> value = string(r, tag);
                default -> r.skip(tag);
            }
        }
        into.put(key, value);
    }

    private OnnxGraph graph(ProtoReader r, int depth) {
        if (depth > MAX_GRAPH_DEPTH) {
            throw r.error(r.start(), "subgraphs nested deeper than " + MAX_GRAPH_DEPTH + " levels");
        }
        String name = "";
        String doc = "";
        List<OnnxNode> nodes = new ArrayList<>();
        List<OnnxTensor> initializers = new ArrayList<>();
        int sparse = 0;
        List<OnnxValueInfo> inputs = new ArrayList<>();
        List<OnnxValueInfo> outputs = new ArrayList<>();
        List<OnnxValueInfo> valueInfo = new ArrayList<>();
        while (r.hasMore()) {
            int tag = r.readTag();
            switch (ProtoReader.fieldNumber(tag)) {
                case 1 -> nodes.add(node(message(r, tag), depth));
                case 2 -> name = string(r, tag);
                case 5 -> initializers.add(tensor(message(r, tag)));
                case 10 -> doc = string(r, tag);
                case 11 -> inputs.add(valueInfo(message(r, tag)));
                case 12 -> outputs.add(valueInfo(message(r, tag)));
                case 13 -> valueInfo.add(valueInfo(message(r, tag)));
                case 15 -> {
                    message(r, tag);
                    sparse++;
                }
                default -> r.skip(tag);
            }
        }
        return new OnnxGraph(name, List.copyOf(nodes), List.copyOf(initializers), sparse, List.copyOf(inputs),
                List.copyOf(outputs), List.copyOf(valueInfo), doc);
    }

    private OnnxNode node(ProtoReader r, int depth) {
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        String name = "";
        String opType = "";
        String domain = "";
        List<OnnxAttribute> attributes = new ArrayList<>();
        while (r.hasMore()) {
            int tag = r.readTag();
            switch (ProtoReader.fieldNumber(tag)) {
                case 1 -> inputs.add(string(r, tag));
                case 2 -> outputs.add(string(r, tag));
                case 3 -> name = string(r, tag);
                case 4 -> opType = string(r, tag);
                case 5 -> attributes.add(attribute(message(r, tag), depth));
                case 7 -> domain = string(r, tag);
                default -> r.skip(tag);
            }
        }
        return new OnnxNode(name, opType, domain, List.copyOf(inputs), List.copyOf(outputs),
                List.copyOf(attributes), verbatim(r));
    }

    private OnnxAttribute attribute(ProtoReader r, int depth) {
        long start = r.start();
        String name = "";
        String ref = null;
        int typeCode = 0;
        float f = 0;
        long i = 0;
        byte[] s = null;
        OnnxTensor t = null;
        OnnxGraph g = null;
        FloatList floats = new FloatList();
        LongList ints = new LongList();
        List<byte[]> strings = new ArrayList<>();
        List<OnnxTensor> tensors = new ArrayList<>();
        List<OnnxGraph> graphs = new ArrayList<>();
        int sparse = 0;
        int typeProtos = 0;
        while (r.hasMore()) {
            int tag = r.readTag();
            switch (ProtoReader.fieldNumber(tag)) {
                case 1 -> name = string(r, tag);
                case 2 -> f = fixed32Float(r, tag);
                case 3 -> i = varint(r, tag);
                case 4 -> s = bytes(r, tag);
                case 5 -> t = tensor(message(r, tag));
                case 6 -> g = graph(message(r, tag), depth + 1);
                case 7 -> r.readRepeated(tag, ProtoReader.FIXED32, v -> floats.add(Float.intBitsToFloat((int) v)));
                case 8 -> r.readRepeated(tag, ProtoReader.VARINT, ints::add);
                case 9 -> strings.add(bytes(r, tag));
                case 10 -> tensors.add(tensor(message(r, tag)));
                case 11 -> graphs.add(graph(message(r, tag), depth + 1));
                case 14, 15 -> {
                    message(r, tag);
                    typeProtos++;
                }
                case 20 -> typeCode = (int) varint(r, tag);
                case 21 -> ref = string(r, tag);
                case 22, 23 -> {
                    message(r, tag);
                    sparse++;
                }
                default -> r.skip(tag);
            }
        }
        OnnxAttribute.Type type = OnnxAttribute.Type.of(typeCode);
        if (type == null) {
            throw r.error(start, "attribute " + quote(name) + " has unknown type " + typeCode);
        }
        if (type == OnnxAttribute.Type.UNDEFINED) {
            type = inferType(g, t, s, graphs, tensors, strings, ints, floats);
        }
        return new OnnxAttribute(name, type, f, i, s, t, g, floats.toArray(), ints.toArray(), List.copyOf(strings),
                List.copyOf(tensors), List.copyOf(graphs), sparse, typeProtos, ref);
    }

    /** IR 1 files may omit the attribute type; the field that is set tells it (scalars stay ambiguous). */
    private static OnnxAttribute.Type inferType(OnnxGraph g, OnnxTensor t, byte[] s, List<OnnxGraph> graphs,
            List<OnnxTensor> tensors, List<byte[]> strings, LongList ints, FloatList floats) {
        if (g != null) {
            return OnnxAttribute.Type.GRAPH;
        } else if (t != null) {
            return OnnxAttribute.Type.TENSOR;
        } else if (s != null) {
            return OnnxAttribute.Type.STRING;
        } else if (!graphs.isEmpty()) {
            return OnnxAttribute.Type.GRAPHS;
        } else if (!tensors.isEmpty()) {
            return OnnxAttribute.Type.TENSORS;
        } else if (!strings.isEmpty()) {
            return OnnxAttribute.Type.STRINGS;
        } else if (ints.size() > 0) {
            return OnnxAttribute.Type.INTS;
        } else if (floats.size() > 0) {
            return OnnxAttribute.Type.FLOATS;
        }
        return OnnxAttribute.Type.UNDEFINED;
    }

    private OnnxValueInfo valueInfo(ProtoReader r) {
        String name = "";
        ValueType type = ValueType.NOT_A_TENSOR;
        while (r.hasMore()) {
            int tag = r.readTag();
            switch (ProtoReader.fieldNumber(tag)) {
                case 1 -> name = string(r, tag);
                case 2 -> type = typeProto(message(r, tag));
                default -> r.skip(tag);
            }
        }
        return new OnnxValueInfo(name, type.elemType, type.shape, verbatim(r));
    }

    private record ValueType(OnnxDataType elemType, List<OnnxDim> shape) {
        static final ValueType NOT_A_TENSOR = new ValueType(null, null);
    }

    /** Only tensor_type matters to capsules; sequences, maps, optionals and sparse tensors stay opaque. */
    private ValueType typeProto(ProtoReader r) {
        ValueType type = ValueType.NOT_A_TENSOR;
        while (r.hasMore()) {
            int tag = r.readTag();
            if (ProtoReader.fieldNumber(tag) == 1) {
                type = tensorType(message(r, tag));
            } else {
                r.skip(tag);
            }
        }
        return type;
    }

    private ValueType tensorType(ProtoReader r) {
        OnnxDataType elemType = null;
        List<OnnxDim> shape = null;
        while (r.hasMore()) {
            int tag = r.readTag();
            switch (ProtoReader.fieldNumber(tag)) {
                case 1 -> elemType = OnnxDataType.of((int) varint(r, tag));
                case 2 -> shape = shape(message(r, tag));
                default -> r.skip(tag);
            }
        }
        return new ValueType(elemType, shape);
    }

    private List<OnnxDim> shape(ProtoReader r) {
        List<OnnxDim> dims = new ArrayList<>();
        while (r.hasMore()) {
            int tag = r.readTag();
            if (ProtoReader.fieldNumber(tag) == 1) {
                dims.add(dimension(message(r, tag)));
            } else {
                r.skip(tag);
            }
        }
        return List.copyOf(dims);
    }

    private OnnxDim dimension(ProtoReader r) {
        long value = -1;
        String param = null;
        while (r.hasMore()) {
            int tag = r.readTag();
            switch (ProtoReader.fieldNumber(tag)) {
                case 1 -> {
                    value = Math.max(-1, varint(r, tag));
                    param = null;
                }
                case 2 -> {
                    param = string(r, tag);
                    value = -1;
                }
                default -> r.skip(tag);
            }
        }
        return new OnnxDim(value, param);
    }

    // ---- tensors ----

    private OnnxTensor tensor(ProtoReader r) {
        long start = r.start();
        LongList dims = new LongList();
        int typeCode = 0;
        String name = "";
        long rawOffset = -1;
        long rawLength = 0;
        int dataField = 0;
        List<Long> dataFieldStarts = new ArrayList<>();
        List<Integer> dataFieldTags = new ArrayList<>();
        Map<String, String> external = new LinkedHashMap<>();
        int location = 0;
        while (r.hasMore()) {
            long fieldStart = r.position();
            int tag = r.readTag();
            int field = ProtoReader.fieldNumber(tag);
            switch (field) {
                case 1 -> {
                    r.readRepeated(tag, ProtoReader.VARINT, dims::add);
                    if (dims.size() > MAX_RANK) {
                        throw r.error(fieldStart, "tensor has more than " + MAX_RANK + " dimensions");
                    }
                }
                case 2 -> typeCode = (int) varint(r, tag);
                case 3 -> throw r.error(fieldStart, "segmented tensors are not supported");
                case 8 -> name = string(r, tag);
                case 9 -> {
                    ProtoReader payload = message(r, tag);
                    rawOffset = payload.start();
                    rawLength = payload.length();
                    dataField = checkSingleSource(r, fieldStart, name, dataField, field);
                }
                case 4, 5, 6, 7, 10, 11 -> {
                    dataField = checkSingleSource(r, fieldStart, name, dataField, field);
                    dataFieldTags.add(tag);
                    dataFieldStarts.add(r.position());
                    r.skip(tag);
                }
                case 13 -> entry(message(r, tag), external);
                case 14 -> location = (int) varint(r, tag);
                default -> r.skip(tag);
            }
        }
        OnnxDataType type = OnnxDataType.of(typeCode);
        long count = elementCount(r, start, name, dims);
        TensorData data;
        if (location == 1) {
            if (dataField != 0) {
                throw r.error(start, "tensor " + quote(name) + " has both external and embedded data");
            }
            data = externalData(start, name, type, count, external);
        } else if (location != 0) {
            throw r.error(start, "tensor " + quote(name) + " has unknown data_location " + location);
        } else if (dataField == 9) {
            long expected = fixedByteSize(start, name, type, count);
            if (rawLength != expected) {
                throw r.error(start, "tensor " + quote(name) + " raw_data length " + rawLength + " does not match "
                        + count + " x " + type + " (" + expected + " bytes)");
            }
            data = new TensorData.FileRange(file, rawOffset, rawLength);
        } else if (dataField != 0) {
            data = typedData(r, start, name, type, count, dataField, dataFieldTags, dataFieldStarts);
        } else if (count == 0) {
            data = new TensorData.None();
        } else if (typeCode == 0) {
            data = new TensorData.None(); // a bare declaration, e.g. an attribute tensor without values
        } else {
            throw r.error(start, "tensor " + quote(name) + " has no data for " + count + " elements");
        }
        return new OnnxTensor(name, type, dims.toArray(), data);
    }

    private static int checkSingleSource(ProtoReader r, long at, String name, int current, int field) {
        if (current != 0 && current != field) {
            throw r.error(at, "tensor " + quote(name) + " has data in both field " + current + " and field " + field);
        }
        return field;
    }

    private long elementCount(ProtoReader r, long at, String name, LongList dims) {
        long count = 1;
        for (int k = 0; k < dims.size(); k++) {
            long d = dims.get(k);
            if (d < 0) {
                throw r.error(at, "tensor " + quote(name) + " has negative dimension " + d);
            }
            try {
                count = Math.multiplyExact(count, d);
            } catch (ArithmeticException e) {
                throw r.error(at, "tensor " + quote(name) + " element count overflows 64 bits");
            }
        }
        return count;
    }

    private long fixedByteSize(long at, String name, OnnxDataType type, long count) {
        if (type == null) {
            throw new ModelFormatException(file, at, "tensor " + quote(name) + " with data has an unknown data type");
        }
        if (type == OnnxDataType.STRING) {
            throw new ModelFormatException(file, at, "STRING tensor " + quote(name)
                    + " cannot use raw or external data");
        }
        try {
            return type.byteSize(count);
        } catch (ArithmeticException e) {
            throw new ModelFormatException(file, at, "tensor " + quote(name) + " byte size overflows 64 bits");
        }
    }

    private TensorData externalData(long at, String name, OnnxDataType type, long count, Map<String, String> entries) {
        long expected = fixedByteSize(at, name, type, count);
        String location = entries.get("location");
        if (location == null || location.isEmpty()) {
            throw new ModelFormatException(file, at, "tensor " + quote(name) + " has external data without a location");
        }
        Path target = externalFile(at, name, location);
        long size = externalFileSizes.computeIfAbsent(target, p -> externalSize(at, name, location, p));
        long offset = decimal(at, name, entries, "offset", 0);
        long length = entries.containsKey("length") ? decimal(at, name, entries, "length", 0)
                : Math.max(0, size - offset);
        if (length != expected) {
            throw new ModelFormatException(file, at, "tensor " + quote(name) + " external length " + length
                    + " does not match " + count + " x " + type + " (" + expected + " bytes)");
        }
        if (offset > size || length > size - offset) {
            throw new ModelFormatException(file, at, "tensor " + quote(name) + " external range [" + offset + ", +"
                    + length + ") is beyond the end of " + quote(location) + " (" + size + " bytes)");
        }
        return new TensorData.FileRange(target, offset, length);
    }

    /** Resolves an external data location inside the model's directory; absolute paths and '..' are refused. */
    private Path externalFile(long at, String name, String location) {
        String problem = null;
        Path relative = null;
        try {
            relative = Path.of(location);
        } catch (InvalidPathException e) {
            problem = "is not a valid path";
        }
        if (problem == null && (relative.isAbsolute() || location.startsWith("/") || location.startsWith("\\")
                || location.contains(":"))) {
            problem = "is absolute";
        }
        if (problem == null) {
            for (String part : location.split("[/\\\\]")) {
                if (part.equals("..")) {
                    problem = "leaves the model's directory ('..')";
                }
            }
        }
        if (problem != null) {
            throw new ModelFormatException(file, at, "tensor " + quote(name) + " external data location "
                    + quote(location) + " " + problem);
        }
        return directory.resolve(relative).normalize();
    }

    private long externalSize(long at, String name, String location, Path target) {
        try {
            if (!Files.isRegularFile(target)) {
                throw new ModelFormatException(file, at, "tensor " + quote(name) + " external data file "
                        + quote(location) + " not found next to the model");
            }
            return Files.size(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read size of " + target, e);
        }
    }

    private long decimal(long at, String name, Map<String, String> entries, String key, long absent) {
        String text = entries.get(key);
        if (text == null) {
            return absent;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the other invalid values
        }
        throw new ModelFormatException(file, at, "tensor " + quote(name) + " external " + key + " "
                + quote(text) + " is not a non-negative integer");
    }

    /**
     * Converts the typed repeated fields to raw_data encoding. Values are counted first (no allocation), so
     * the byte array is allocated once and only after the count matches the dims.
     */
    private TensorData typedData(ProtoReader r, long at, String name, OnnxDataType type, long count, int field,
            List<Integer> tags, List<Long> starts) {
        if (type == null) {
            throw r.error(at, "tensor " + quote(name) + " with data has an unknown data type");
        }
        if (field == 6) {
            return stringData(r, at, name, type, count, tags, starts);
        }
        TypedLayout layout = TypedLayout.of(field, type);
        if (layout == null) {
            throw r.error(at, "tensor " + quote(name) + " of type " + type + " cannot store data in field " + field);
        }
        long expectedValues;
        try {
            expectedValues = layout.values(type, count);
        } catch (ArithmeticException e) {
            throw r.error(at, "tensor " + quote(name) + " element count overflows 64 bits");
        }
        long[] seen = {0};
        forEachValue(r, tags, starts, layout.wireType, v -> seen[0]++);
        if (seen[0] != expectedValues) {
            throw r.error(at, "tensor " + quote(name) + " has " + seen[0] + " values in field " + field + ", expected "
                    + expectedValues + " for " + count + " x " + type);
        }
        long bytes = expectedValues * layout.width; // expectedValues <= file size, so no overflow
        if (bytes > Integer.MAX_VALUE - 8) {
            throw r.error(at, "tensor " + quote(name) + " typed data of " + bytes + " bytes is too large");
        }
        byte[] out = new byte[(int) bytes];
        int width = layout.width;
        int[] index = {0};
        forEachValue(r, tags, starts, layout.wireType, v -> {
            for (int b = 0; b < width; b++) {
                out[index[0]++] = (byte) (v >>> (8 * b));
            }
        });
        return new TensorData.Inline(out);
    }

    private void forEachValue(ProtoReader r, List<Integer> tags, List<Long> starts, int wireType,
            LongConsumer sink) {
        for (int k = 0; k < tags.size(); k++) {
            ProtoReader value = new ProtoReader(file, data, starts.get(k), r.limit());
            value.readRepeated(tags.get(k), wireType, sink);
        }
    }

    /** Strings become [8-byte little-endian length, bytes] each, in order. */
    private TensorData stringData(ProtoReader r, long at, String name, OnnxDataType type, long count,
            List<Integer> tags, List<Long> starts) {
        if (type != OnnxDataType.STRING) {
            throw r.error(at, "tensor " + quote(name) + " of type " + type + " cannot store data in string_data");
        }
        if (tags.size() != count) {
            throw r.error(at, "tensor " + quote(name) + " has " + tags.size() + " strings, expected " + count);
        }
        List<byte[]> strings = new ArrayList<>();
        long total = 0;
        for (int k = 0; k < tags.size(); k++) {
            ProtoReader value = new ProtoReader(file, data, starts.get(k), r.limit());
            value.expect(tags.get(k), ProtoReader.LENGTH_DELIMITED);
            byte[] s = value.readBytes();
            strings.add(s);
            total += 8 + s.length;
            if (total > Integer.MAX_VALUE - 8) {
                throw r.error(at, "tensor " + quote(name) + " string data is too large");
            }
        }
        byte[] out = new byte[(int) total];
        int p = 0;
        for (byte[] s : strings) {
            for (int b = 0; b < 8; b++) {
                out[p++] = (byte) ((long) s.length >>> (8 * b));
            }
            System.arraycopy(s, 0, out, p, s.length);
            p += s.length;
        }
        return new TensorData.Inline(out);
    }

    /** How a typed field stores a data type: the element wire type, values per element and bytes per value. */
    private record TypedLayout(int wireType, int valuesPerElement, int width, boolean packedSubByte) {
        static TypedLayout of(int field, OnnxDataType type) {
            return switch (field) {
                case 4 -> switch (type) {
                    case FLOAT -> new TypedLayout(ProtoReader.FIXED32, 1, 4, false);
                    case COMPLEX64 -> new TypedLayout(ProtoReader.FIXED32, 2, 4, false);
                    default -> null;
                };
                case 5 -> switch (type) {
                    case INT32 -> new TypedLayout(ProtoReader.VARINT, 1, 4, false);
                    case INT16, UINT16, FLOAT16, BFLOAT16 -> new TypedLayout(ProtoReader.VARINT, 1, 2, false);
                    case INT8, UINT8, BOOL, FLOAT8E4M3FN, FLOAT8E4M3FNUZ, FLOAT8E5M2, FLOAT8E5M2FNUZ, FLOAT8E8M0 ->
                            new TypedLayout(ProtoReader.VARINT, 1, 1, false);
                    // one int32 value per packed byte: two 4-bit or four 2-bit elements
                    case UINT4, INT4, FLOAT4E2M1, UINT2, INT2 -> new TypedLayout(ProtoReader.VARINT, 1, 1, true);
                    default -> null;
                };
                case 7 -> type == OnnxDataType.INT64 ? new TypedLayout(ProtoReader.VARINT, 1, 8, false) : null;
                case 10 -> switch (type) {
                    case DOUBLE -> new TypedLayout(ProtoReader.FIXED64, 1, 8, false);
                    case COMPLEX128 -> new TypedLayout(ProtoReader.FIXED64, 2, 8, false);
                    default -> null;
                };
                case 11 -> switch (type) {
                    case UINT32 -> new TypedLayout(ProtoReader.VARINT, 1, 4, false);
                    case UINT64 -> new TypedLayout(ProtoReader.VARINT, 1, 8, false);
                    default -> null;
                };
                default -> null;
            };
        }

        long values(OnnxDataType type, long count) {
            return packedSubByte ? type.byteSize(count) : Math.multiplyExact(count, valuesPerElement);
        }
    }

    /** A name for a one-line error message: quoted, control characters escaped, long names shortened. */
    static String quote(String name) {
        StringBuilder b = new StringBuilder("'");
        for (int k = 0; k < name.length() && k < 200; k++) {
            char c = name.charAt(k);
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append(name.length() > 200 ? "...'" : "'").toString();
    }

    private byte[] verbatim(ProtoReader message) {
        copied += message.length();
        if (copied > copyBudget) {
            throw message.error(message.start(), "nested subgraphs repeat more than " + copyBudget
                    + " bytes of node data");
        }
        return message.toByteArray();
    }

    // ---- field helpers that check the declared wire type ----

    private static long varint(ProtoReader r, int tag) {
        r.expect(tag, ProtoReader.VARINT);
        return r.readVarint();
    }

    private static float fixed32Float(ProtoReader r, int tag) {
        r.expect(tag, ProtoReader.FIXED32);
        return r.readFloat();
    }

    private static String string(ProtoReader r, int tag) {
        return new String(bytes(r, tag), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ProtoReader r, int tag) {
        r.expect(tag, ProtoReader.LENGTH_DELIMITED);
        return r.readBytes();
    }

    private static ProtoReader message(ProtoReader r, int tag) {
        r.expect(tag, ProtoReader.LENGTH_DELIMITED);
        return r.readMessage();
    }
}
