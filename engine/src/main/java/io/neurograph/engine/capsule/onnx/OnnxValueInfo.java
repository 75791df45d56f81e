package io.neurograph.engine.capsule.onnx;

import io.neurograph.engine.capsule.proto.ProtoWriter;
import java.util.List;

/**
 * A ValueInfoProto: a named value with (if it is a tensor) its element type and shape. {@code encoded} holds
 * the message bytes, verbatim from the source or built by {@link #tensor}.
 */
public record OnnxValueInfo(String name, OnnxDataType elemType /* null if not a tensor type */,
        List<OnnxDim> shape /* null = unknown rank */, byte[] encoded) {

    /** A tensor value info built from scratch, encoded as ValueInfoProto{name, type{tensor_type{elem_type, shape}}}. */
    public static OnnxValueInfo tensor(String name, OnnxDataType elemType, List<OnnxDim> shape) {
        ProtoWriter tensorType = new ProtoWriter().varintField(1, elemType.code());
        if (shape != null) {
            ProtoWriter shapeProto = new ProtoWriter();
            for (OnnxDim d : shape) {
                ProtoWriter dim = new ProtoWriter();
                if (d.param() != null) {
                    dim.stringField(2, d.param());
                } else if (d.value() >= 0) {
                    dim.varintField(1, d.value());
                }
                shapeProto.messageField(1, dim);
            }
            tensorType.messageField(2, shapeProto);
        }
        ProtoWriter encoded = new ProtoWriter().stringField(1, name)
                .messageField(2, new ProtoWriter().messageField(1, tensorType));
        return new OnnxValueInfo(name, elemType, shape == null ? null : List.copyOf(shape), encoded.toByteArray());
    }
}
