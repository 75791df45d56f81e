package io.neurograph.engine.capsule.onnx;

import java.util.List;

/**
 * An AttributeProto. Only the fields of its {@link Type} are meaningful; the others are zero, null or empty.
 * Sparse tensors and type protos are counted, not decoded (no capsule logic needs them).
 */
public record OnnxAttribute(String name, Type type, float f, long i, byte[] s, OnnxTensor t, OnnxGraph g,
        float[] floats, long[] ints, List<byte[]> strings, List<OnnxTensor> tensors, List<OnnxGraph> graphs,
        int sparseTensorCount, int typeProtoCount, String refAttrName /* null unless inside a function */) {

    /** AttributeProto.AttributeType. */
    public enum Type {
        UNDEFINED, FLOAT, INT, STRING, TENSOR, GRAPH, FLOATS, INTS, STRINGS, TENSORS, GRAPHS, SPARSE_TENSOR,
        SPARSE_TENSORS, TYPE_PROTO, TYPE_PROTOS;

        /** The type with this enum code, or null if unknown. */
        public static Type of(int code) {
            Type[] all = values();
            return code >= 0 && code < all.length ? all[code] : null;
        }
    }

    /** The subgraphs this attribute holds (g, or graphs). */
    public List<OnnxGraph> subgraphs() {
        return g != null ? List.of(g) : graphs;
    }
}
