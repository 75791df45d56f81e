package io.neurograph.engine.capsule.convert;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.cgraph.CapsuleSpec;
import io.neurograph.engine.capsule.cgraph.CgraphFile;
import io.neurograph.engine.capsule.cgraph.CgraphManifest;
import io.neurograph.engine.capsule.cgraph.NodeSpec;
import io.neurograph.engine.capsule.cgraph.TensorSpec;
import io.neurograph.engine.capsule.cgraph.ValueSpec;
import io.neurograph.engine.capsule.gguf.GgufFile;
import io.neurograph.engine.capsule.gguf.GgufReader;
import io.neurograph.engine.capsule.gguf.GgufTensorInfo;
import io.neurograph.engine.capsule.onnx.OnnxModel;
import io.neurograph.engine.capsule.onnx.OnnxNode;
import io.neurograph.engine.capsule.onnx.OnnxReader;
import io.neurograph.engine.capsule.onnx.OnnxTensor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** Reads the structure of an ONNX, GGUF or .cgraph file (never the weights) into a {@link ModelSummary}. */
public final class ModelInspector {
    /** Arrays longer than this are shown as their first elements and a count. */
    private static final int ARRAY_PREVIEW = 8;

    private ModelInspector() {
    }

    /**
     * @throws ModelFormatException if the file is missing or malformed
     */
    public static ModelSummary inspect(Path file) {
        return switch (ModelFormat.detect(file)) {
            case ONNX -> onnx(OnnxReader.read(file));
            case GGUF -> gguf(GgufReader.read(file));
            case CGRAPH -> cgraph(file);
        };
    }

    private static ModelSummary onnx(OnnxModel model) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("ir_version", model.irVersion());
        metadata.put("opset_imports", model.opsetImports().stream()
                .map(o -> (o.domain().isEmpty() ? "ai.onnx" : o.domain()) + " " + o.version()).toList());
        metadata.put("producer", (model.producerName() + " " + model.producerVersion()).strip());
        metadata.put("graph_name", model.graph().name());
        metadata.put("nodes", model.graph().nodes().size());
        metadata.put("initializers", model.graph().initializers().size());
        if (!model.metadataProps().isEmpty()) {
            metadata.put("metadata_props", model.metadataProps());
        }
        Map<String, Long> operators = countsByFrequency(model.graph().nodes().stream().map(OnnxNode::opType).toList());
        List<OnnxTensor> initializers = model.graph().initializers();
        return new ModelSummary(model.file(), "onnx", model.fileSize(), metadata,
                OnnxSpecs.valueSpecs(model.graph().userInputs()),
                OnnxSpecs.valueSpecs(model.graph().outputs()), operators, List.of(),
                totals(initializers, t -> t.dataType() == null ? "undefined" : t.dataType().dtypeName(),
                        t -> t.data().byteLength()));
    }

    private static ModelSummary gguf(GgufFile file) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("gguf_version", file.version());
        metadata.put("alignment", file.alignment());
        file.ggmlLayoutProblem().ifPresent(problem -> metadata.put("ggml_layout_warning", problem));
        file.metadata().forEach((key, value) -> metadata.put(key, abbreviate(value.toJsonValue())));
        return new ModelSummary(file.file(), "gguf", file.fileSize(), metadata, List.of(), List.of(), Map.of(),
                List.of(), totals(file.tensors(), t -> GgmlDtypes.dtypeOf(t.type()), GgufTensorInfo::byteSize));
    }

    private static ModelSummary cgraph(Path path) {
        try (CgraphFile file = CgraphFile.open(path)) {
            CgraphManifest m = file.manifest();
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("model", m.model().name());
            metadata.put("source", m.model().sourceFile() + " (" + m.model().sourceFormat() + ", "
                    + m.model().sourceSize() + " bytes)");
            metadata.put("source_sha256", m.model().sourceSha256());
            metadata.put("converted_by", m.conversion().tool() + " " + m.conversion().toolVersion()
                    + " at " + m.conversion().createdAt());
            metadata.put("capsule_mode", m.conversion().capsuleMode());
            if (m.fullFile() != null) {
                metadata.put("full_file", m.fullFile().path() + " (" + m.fullFile().size() + " bytes)");
            }
            m.model().metadata().forEach((key, value) -> metadata.put(key, abbreviate(value)));
            Map<String, TensorSpec> tensors = new HashMap<>();
            m.tensors().forEach(t -> tensors.put(t.name(), t));
            List<ModelSummary.Capsule> capsules = new ArrayList<>();
            for (CapsuleSpec c : m.capsules()) {
                long bytes = c.tensors().stream().mapToLong(name -> tensors.get(name).length()).sum();
                capsules.add(new ModelSummary.Capsule(c.index(), c.name(), c.kind(), c.nodes().size(),
                        c.tensors().size(), bytes, names(c.inputs()), names(c.outputs())));
            }
            Map<String, Long> operators = countsByFrequency(m.capsules().stream()
                    .flatMap(c -> c.nodes().stream()).map(NodeSpec::op).toList());
            return new ModelSummary(path, file.isMini() ? "cgraph-mini" : "cgraph", fileSize(path), metadata, m.inputs(),
                    m.outputs(), operators, capsules, totals(m.tensors(), TensorSpec::dtype, TensorSpec::length));
        }
    }

    private static long fileSize(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + path, e);
        }
    }

    private static List<String> names(List<ValueSpec> values) {
        return values.stream().map(ValueSpec::name).toList();
    }

    private static Map<String, Long> countsByFrequency(List<String> keys) {
        Map<String, Long> counts = keys.stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static <T> List<ModelSummary.DtypeTotal> totals(List<T> tensors, Function<T, String> dtype,
            ToLongFunction<T> bytes) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (T t : tensors) {
            long[] sum = sums.computeIfAbsent(dtype.apply(t), k -> new long[2]);
            sum[0]++;
            sum[1] += bytes.applyAsLong(t);
        }
        return sums.entrySet().stream().map(e -> new ModelSummary.DtypeTotal(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(ModelSummary.DtypeTotal::bytes).reversed()).toList();
    }

    /** Long lists (vocabularies, merges) become their first elements plus a count, recursively. */
    private static Object abbreviate(Object value) {
        return switch (value) {
            case List<?> list when list.size() > ARRAY_PREVIEW -> {
                List<Object> preview = new ArrayList<>(list.subList(0, ARRAY_PREVIEW).stream()
                        .map(ModelInspector::abbreviate).toList());
                preview.add("… " + list.size() + " items");
                yield preview;
            }
            case List<?> list -> list.stream().map(ModelInspector::abbreviate).toList();
            case Map<?, ?> map -> {
                Map<Object, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(k, abbreviate(v)));
                yield copy;
            }
            case null, default -> value;
        };
    }
}
