package io.neurograph.engine.capsule.onnx;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A parsed ONNX ModelProto. Weights are not copied: tensors point into {@code file} (see {@link TensorData}). */
public record OnnxModel(Path file, long fileSize, long irVersion, List<OpsetId> opsetImports, String producerName,
        String producerVersion, String domain, long modelVersion, String docString, Map<String, String> metadataProps,
        OnnxGraph graph, List<byte[]> functions /* FunctionProto bytes, verbatim */) {
}
