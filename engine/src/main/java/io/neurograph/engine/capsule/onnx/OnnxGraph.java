package io.neurograph.engine.capsule.onnx;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A GraphProto: nodes in file order (ONNX requires topological order), weights and I/O signature. */
public record OnnxGraph(String name, List<OnnxNode> nodes, List<OnnxTensor> initializers, int sparseInitializerCount,
        List<OnnxValueInfo> inputs, List<OnnxValueInfo> outputs, List<OnnxValueInfo> valueInfo, String docString) {

    /** The inputs a caller supplies: before IR 4 initializers were also listed as inputs, but they are weights. */
    public List<OnnxValueInfo> userInputs() {
        Set<String> weights = new HashSet<>();
        initializers.forEach(t -> weights.add(t.name()));
        return inputs.stream().filter(v -> !weights.contains(v.name())).toList();
    }
}
