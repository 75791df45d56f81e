package io.neurograph.engine.capsule.onnx;

import java.util.List;

/** A NodeProto; {@code encoded} is its bytes exactly as in the source, so capsule models reuse it unchanged. */
public record OnnxNode(String name, String opType, String domain, List<String> inputs, List<String> outputs,
        List<OnnxAttribute> attributes, byte[] encoded) {

    /** The attribute with this name, or null. */
    public OnnxAttribute attribute(String attributeName) {
        for (OnnxAttribute a : attributes) {
            if (a.name().equals(attributeName)) {
                return a;
            }
        }
        return null;
    }

    /** True for an op of the default domain ("" or "ai.onnx") with this type. */
    public boolean isDefaultOp(String type) {
        return opType.equals(type) && (domain.isEmpty() || domain.equals("ai.onnx"));
    }
}
