package io.neurograph.engine.capsule.onnx;

import java.util.List;

/**
 * One capsule of a partitioned model: its nodes in execution order, the values it reads (graph inputs or
 * earlier capsules' outputs), the values it hands on, and the names of the initializers it needs.
 */
public record CapsulePlan(int index, String name, String kind /* "embeddings","block","head","group","node" */,
        List<OnnxNode> nodes, List<OnnxValueInfo> inputs, List<OnnxValueInfo> outputs, List<String> initializers) {
}
