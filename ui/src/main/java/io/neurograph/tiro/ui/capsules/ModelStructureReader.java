package io.neurograph.tiro.ui.capsules;

import io.neurograph.engine.capsule.cgraph.CapsuleSpec;
import io.neurograph.engine.capsule.cgraph.CgraphFile;
import io.neurograph.engine.capsule.cgraph.CgraphManifest;
import io.neurograph.engine.capsule.cgraph.TensorSpec;
import io.neurograph.engine.capsule.convert.ModelFormat;
import io.neurograph.engine.capsule.gguf.GgufFile;
import io.neurograph.engine.capsule.gguf.GgufReader;
import io.neurograph.engine.capsule.gguf.GgufTensorInfo;
import io.neurograph.engine.capsule.onnx.OnnxModel;
import io.neurograph.engine.capsule.onnx.OnnxReader;
import io.neurograph.engine.capsule.onnx.OnnxTensor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the structure of a .cgraph, .onnx or .gguf file the way {@code tiro inspect} does (manifest or
 * headers only, never the weights). Engine work: call it off the FX thread.
 */
final class ModelStructureReader {
    private ModelStructureReader() {
    }

    /** @throws io.neurograph.engine.capsule.ModelFormatException if the file is missing or malformed */
    static ModelStructure read(Path file) {
        return switch (ModelFormat.detect(file)) {
            case CGRAPH -> cgraph(file);
            case ONNX -> onnx(OnnxReader.read(file));
            case GGUF -> gguf(GgufReader.read(file));
        };
    }

    private static ModelStructure cgraph(Path path) {
        try (CgraphFile file = CgraphFile.open(path)) {
            CgraphManifest manifest = file.manifest();
            Map<String, TensorSpec> byName = new HashMap<>();
            manifest.tensors().forEach(t -> byName.put(t.name(), t));
            List<ModelStructure.Capsule> capsules = manifest.capsules().stream()
                    .map(c -> capsule(c, byName)).toList();
            List<ModelStructure.Tensor> tensors = manifest.tensors().stream()
                    .map(t -> new ModelStructure.Tensor(t.name(), t.dtype(), t.shape(), t.length())).toList();
            return new ModelStructure(path, file.isMini() ? "cgraph-mini" : "cgraph", size(path), capsules, tensors);
        }
    }

    private static ModelStructure.Capsule capsule(CapsuleSpec c, Map<String, TensorSpec> tensors) {
        long bytes = c.tensors().stream().mapToLong(name -> tensors.get(name).length()).sum();
        List<ModelStructure.Node> nodes = c.nodes().stream()
                .map(n -> new ModelStructure.Node(n.name() == null ? "" : n.name(), n.op())).toList();
        return new ModelStructure.Capsule(c.index(), c.name(), c.kind(), nodes, c.tensors(), bytes);
    }

    private static ModelStructure onnx(OnnxModel model) {
        List<ModelStructure.Node> nodes = model.graph().nodes().stream()
                .map(n -> new ModelStructure.Node(n.name(), n.opType())).toList();
        List<ModelStructure.Tensor> tensors = model.graph().initializers().stream()
                .map(ModelStructureReader::tensor).toList();
        return whole(model.file(), "onnx", model.fileSize(), model.graph().name(), nodes, tensors);
    }

    private static ModelStructure.Tensor tensor(OnnxTensor t) {
        String dtype = t.dataType() == null ? "undefined" : t.dataType().dtypeName();
        return new ModelStructure.Tensor(t.name(), dtype, boxed(t.dims()), t.data().byteLength());
    }

    private static ModelStructure gguf(GgufFile file) {
        List<ModelStructure.Tensor> tensors = file.tensors().stream().map(ModelStructureReader::tensor).toList();
        String name = file.architecture().orElse(file.file().getFileName().toString());
        return whole(file.file(), "gguf", file.fileSize(), name, List.of(), tensors);
    }

    private static ModelStructure.Tensor tensor(GgufTensorInfo t) {
        return new ModelStructure.Tensor(t.name(), t.type().typeName(), boxed(t.shape()), t.byteSize());
    }

    /** A source model shows as one capsule that holds the whole graph. */
    private static ModelStructure whole(Path file, String format, long fileSize, String name,
            List<ModelStructure.Node> nodes, List<ModelStructure.Tensor> tensors) {
        List<String> names = tensors.stream().map(ModelStructure.Tensor::name).toList();
        long bytes = tensors.stream().mapToLong(ModelStructure.Tensor::bytes).sum();
        String title = name == null || name.isBlank() ? file.getFileName().toString() : name;
        return new ModelStructure(file, format, fileSize,
                List.of(new ModelStructure.Capsule(0, title, format, nodes, names, bytes)), tensors);
    }

    private static List<Long> boxed(long[] dims) {
        return Arrays.stream(dims).boxed().toList();
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + path, e);
        }
    }
}
