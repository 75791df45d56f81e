package io.neurograph.engine.capsule.onnx;

import io.neurograph.engine.capsule.ModelFormatException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Element types of a graph's values: declared ones (graph inputs, outputs, value_info, initializers) and,
 * for values without a declaration, types propagated forward through the nodes by a per-op table.
 * Used to describe the values cut between capsules.
 */
final class TypeTable {
    private final OnnxModel model;
    private final Map<String, OnnxValueInfo> declared = new HashMap<>();
    private final Map<String, OnnxDataType> types = new HashMap<>();
    private final Map<String, OnnxNode> producers = new HashMap<>();

    TypeTable(OnnxModel model, List<OnnxNode> topologicalNodes) {
        this.model = model;
        OnnxGraph graph = model.graph();
        graph.valueInfo().forEach(v -> declared.put(v.name(), v));
        graph.outputs().forEach(v -> declared.put(v.name(), v));
        graph.inputs().forEach(v -> declared.put(v.name(), v));
        graph.initializers().forEach(t -> {
            if (t.dataType() != null) {
                types.put(t.name(), t.dataType());
            }
        });
        declared.values().forEach(v -> {
            if (v.elemType() != null) {
                types.put(v.name(), v.elemType());
            }
        });
        for (OnnxNode node : topologicalNodes) {
            List<OnnxDataType> inferred = outputTypes(node);
            for (int k = 0; k < node.outputs().size(); k++) {
                String out = node.outputs().get(k);
                if (!out.isEmpty()) {
                    producers.put(out, node);
                    OnnxDataType t = k < inferred.size() ? inferred.get(k) : null;
                    if (t != null) {
                        types.putIfAbsent(out, t);
                    }
                }
            }
        }
    }

    /** The declared value info of {@code name}, or one built from the inferred type (shape unknown). */
    OnnxValueInfo valueInfo(String name) {
        OnnxValueInfo known = declared.get(name);
        if (known != null && known.elemType() != null) {
            return known;
        }
        OnnxDataType type = types.get(name);
        if (type == null) {
            OnnxNode p = producers.get(name);
            String origin = p == null ? "which no node produces and no input declares"
                    : "output of " + OnnxReader.quote(p.opType()) + " node " + OnnxReader.quote(p.name());
            throw new ModelFormatException(model.file(), "cannot infer the element type of value "
                    + OnnxReader.quote(name) + " (" + origin + ") to pass it between capsules");
        }
        return OnnxValueInfo.tensor(name, type, known == null ? null : known.shape());
    }

    private OnnxDataType in(OnnxNode node, int k) {
        return k < node.inputs().size() && !node.inputs().get(k).isEmpty() ? types.get(node.inputs().get(k)) : null;
    }

    /** Types of a node's outputs by position; null where unknown. */
    private List<OnnxDataType> outputTypes(OnnxNode node) {
        int outs = node.outputs().size();
        return switch (node.opType()) {
            case "Shape", "Size", "NonZero", "ArgMax", "ArgMin" -> all(outs, OnnxDataType.INT64);
            case "Cast" -> all(outs, attributeType(node, "to"));
            case "CastLike" -> all(outs, in(node, 1));
            case "Constant" -> all(outs, constantType(node));
            case "DynamicQuantizeLinear" -> List.of(OnnxDataType.UINT8, OnnxDataType.FLOAT, OnnxDataType.UINT8);
            case "MatMulInteger", "ConvInteger" -> all(outs, OnnxDataType.INT32);
            case "QuantizeLinear" -> all(outs, quantizedType(node));
            case "DequantizeLinear" -> all(outs, in(node, 1) != null ? in(node, 1) : OnnxDataType.FLOAT);
            case "Equal", "Less", "Greater", "LessOrEqual", "GreaterOrEqual", "Not", "And", "Or", "Xor", "IsNaN",
                    "IsInf" -> all(outs, OnnxDataType.BOOL);
            case "Where" -> all(outs, in(node, 1));
            case "Gather", "GatherElements", "GatherND", "Slice", "Reshape", "Transpose", "Unsqueeze", "Squeeze",
                    "Concat", "Expand", "Tile", "Identity", "Range", "Flatten", "Split", "Pad" ->
                    all(outs, in(node, 0));
            case "ConstantOfShape" -> {
                OnnxAttribute value = node.attribute("value");
                yield all(outs, value == null || value.t() == null ? OnnxDataType.FLOAT : value.t().dataType());
            }
            case "TopK" -> Arrays.asList(in(node, 0), OnnxDataType.INT64);
            case "If" -> subgraphOutputs(node, "then_branch", 0);
            case "Loop" -> subgraphOutputs(node, "body", 1); // body outputs start with the loop condition
            case "Scan" -> subgraphOutputs(node, "body", 0);
            default -> all(outs, firstTypedInput(node));
        };
    }

    private OnnxDataType firstTypedInput(OnnxNode node) {
        for (int k = 0; k < node.inputs().size(); k++) {
            OnnxDataType t = in(node, k);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private OnnxDataType quantizedType(OnnxNode node) {
        if (in(node, 2) != null) {
            return in(node, 2);
        }
        OnnxDataType outputType = attributeType(node, "output_dtype");
        return outputType != null ? outputType : OnnxDataType.UINT8;
    }

    /** A DataType given by an int attribute (Cast.to, QuantizeLinear.output_dtype); null if absent or unknown. */
    private static OnnxDataType attributeType(OnnxNode node, String name) {
        OnnxAttribute a = node.attribute(name);
        return a == null ? null : OnnxDataType.of((int) a.i());
    }

    private static OnnxDataType constantType(OnnxNode node) {
        for (OnnxAttribute a : node.attributes()) {
            switch (a.name()) {
                case "value" -> {
                    return a.t() == null ? null : a.t().dataType();
                }
                case "value_float", "value_floats" -> {
                    return OnnxDataType.FLOAT;
                }
                case "value_int", "value_ints" -> {
                    return OnnxDataType.INT64;
                }
                case "value_string", "value_strings" -> {
                    return OnnxDataType.STRING;
                }
                default -> {
                    // sparse_value and unknown attributes say nothing about a dense type
                }
            }
        }
        return null;
    }

    private static List<OnnxDataType> subgraphOutputs(OnnxNode node, String attribute, int skip) {
        OnnxAttribute a = node.attribute(attribute);
        if (a == null || a.g() == null) {
            return List.of();
        }
        List<OnnxDataType> types = new ArrayList<>();
        List<OnnxValueInfo> outs = a.g().outputs();
        for (int k = skip; k < outs.size(); k++) {
            types.add(outs.get(k).elemType());
        }
        return types;
    }

    private static List<OnnxDataType> all(int count, OnnxDataType type) {
        return Collections.nCopies(count, type);
    }
}
