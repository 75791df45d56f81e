package io.neurograph.engine.capsule.onnx;

import java.util.List;

/** A GraphProto: nodes in file order (ONNX requires topological order), weights and I/O signature. */
public record OnnxGraph(String name, List<OnnxNode> nodes, List<OnnxTensor> initializers, int sparseInitializerCount,
        List<OnnxValueInfo> inputs, List<OnnxValueInfo> outputs, List<OnnxValueInfo> valueInfo, String docString) {
}
