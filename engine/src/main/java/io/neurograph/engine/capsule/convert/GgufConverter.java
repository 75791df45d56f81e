package io.neurograph.engine.capsule.convert;

import io.neurograph.engine.capsule.cgraph.CgraphManifest;
import io.neurograph.engine.capsule.cgraph.CgraphWriter;
import io.neurograph.engine.capsule.cgraph.ModelInfo;
import io.neurograph.engine.capsule.cgraph.TensorSource;
import io.neurograph.engine.capsule.gguf.GgufFile;
import io.neurograph.engine.capsule.gguf.GgufReader;
import io.neurograph.engine.capsule.gguf.GgufTensorInfo;
import io.neurograph.engine.capsule.gguf.GgufValue;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Converts a GGUF model into a full {@code .cgraph} file and its mini file. GGUF has no operator graph,
 * so capsules are groups of tensors (embeddings, one per {@code blk.N}, head) with graph encoding "none";
 * every tensor is copied byte for byte and all metadata is kept with its exact GGUF types, so
 * {@link GgufExporter} can write the original file back.
 */
public final class GgufConverter {
    /** Manifest metadata keys under which the GGUF header facts are kept. */
    static final String VERSION = "gguf_version";
    static final String KEY_VALUES = "gguf_metadata";
    static final String TENSOR_ORDER = "gguf_tensor_order";

    private GgufConverter() {
    }

    /**
     * Converts {@code gguf} into {@code outFull} ({@code *.cgraph}) and {@code OUT.mini.cgraph} beside it.
     *
     * @throws io.neurograph.engine.capsule.ModelFormatException if the GGUF file is malformed
     * @throws CancellationException if the listener cancelled or the thread was interrupted
     */
    public static ConversionResult convert(Path gguf, Path outFull, CapsuleMode mode, ConversionListener listener) {
        return ConversionSteps.convert(gguf, outFull, listener, () -> writeFull(gguf, outFull, mode, listener));
    }

    private static CgraphManifest writeFull(Path gguf, Path outFull, CapsuleMode mode, ConversionListener listener) {
        GgufFile file = GgufReader.read(gguf);     // a malformed file fails here, before the hash reads it all
        String sha256 = ConversionSteps.sha256(gguf, listener);
        List<TensorGroups.Group> groups = TensorGroups.of(file.tensors(), mode);
        long total = file.tensors().stream().mapToLong(GgufTensorInfo::byteSize).sum();
        long written = 0;
        try (CgraphWriter writer = CgraphWriter.create(outFull)) {
            for (TensorGroups.Group group : groups) {
                ConversionSteps.checkCancelled(listener);
                writer.beginCapsule(group.name(), group.kind(), List.of(), List.of(), List.of(), "none", new byte[0]);
                for (GgufTensorInfo t : group.tensors()) {
                    writer.addTensor(t.name(), GgmlDtypes.dtypeOf(t.type()), shape(t), t.byteSize(),
                            TensorSource.ofFileRange(gguf, t.absoluteOffset(), t.byteSize()));
                    written += t.byteSize();
                    listener.progress("weights", written, total);
                    ConversionSteps.checkCancelled(listener);
                }
                writer.endCapsule();
            }
            return writer.finish(modelInfo(gguf, file, sha256), ConversionSteps.conversionInfo(mode),
                    List.of(), List.of());
        }
    }

    private static List<Long> shape(GgufTensorInfo t) {
        List<Long> shape = new ArrayList<>();
        for (long d : t.shape()) {
            shape.add(d);
        }
        return shape;
    }

    private static ModelInfo modelInfo(Path gguf, GgufFile file, String sha256) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(VERSION, file.version());
        file.architecture().ifPresent(arch -> metadata.put("architecture", arch));
        Map<String, Object> keyValues = new LinkedHashMap<>();
        for (Map.Entry<String, GgufValue> e : file.metadata().entrySet()) {
            keyValues.put(e.getKey(), e.getValue().toJsonValue());
        }
        metadata.put(KEY_VALUES, keyValues);
        metadata.put(TENSOR_ORDER, file.tensors().stream().map(GgufTensorInfo::name).toList());
        String fileName = gguf.getFileName().toString();
        String name = file.value("general.name").filter(GgufValue.Text.class::isInstance).map(GgufValue::asString)
                .orElse(fileName.endsWith(".gguf") ? fileName.substring(0, fileName.length() - 5) : fileName);
        return new ModelInfo(name, "gguf", fileName, file.fileSize(), sha256, metadata);
    }
}
