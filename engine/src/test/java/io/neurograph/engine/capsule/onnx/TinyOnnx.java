package io.neurograph.engine.capsule.onnx;

import io.neurograph.engine.capsule.proto.ProtoWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds small ONNX protobufs field by field, for reader and partitioner tests. */
final class TinyOnnx {
    private TinyOnnx() {
    }

    static ProtoWriter node(String name, String op, List<String> inputs, List<String> outputs, ProtoWriter... attrs) {
        ProtoWriter n = new ProtoWriter();
        inputs.forEach(i -> n.stringField(1, i));
        outputs.forEach(o -> n.stringField(2, o));
        n.stringField(3, name).stringField(4, op);
        for (ProtoWriter a : attrs) {
            n.messageField(5, a);
        }
        return n;
    }

    static ProtoWriter attr(String name, OnnxAttribute.Type type) {
        return new ProtoWriter().stringField(1, name).varintField(20, type.ordinal());
    }

    static ProtoWriter attrInt(String name, long value) {
        return attr(name, OnnxAttribute.Type.INT).varintField(3, value);
    }

    static ProtoWriter attrInts(String name, long... values) {
        ProtoWriter a = attr(name, OnnxAttribute.Type.INTS);
        for (long v : values) {
            a.varintField(8, v);
        }
        return a;
    }

    static ProtoWriter attrTensor(String name, ProtoWriter tensor) {
        return attr(name, OnnxAttribute.Type.TENSOR).messageField(5, tensor);
    }

    static ProtoWriter attrGraph(String name, ProtoWriter graph) {
        return attr(name, OnnxAttribute.Type.GRAPH).messageField(6, graph);
    }

    static ProtoWriter tensorHeader(String name, OnnxDataType type, long... dims) {
        ProtoWriter t = new ProtoWriter();
        for (long d : dims) {
            t.varintField(1, d);
        }
        return t.varintField(2, type.code()).stringField(8, name);
    }

    static ProtoWriter rawTensor(String name, OnnxDataType type, byte[] raw, long... dims) {
        return tensorHeader(name, type, dims).bytesField(9, raw);
    }

    static ProtoWriter floatTensor(String name, float[] values, long... dims) {
        return tensorHeader(name, OnnxDataType.FLOAT, dims).packedFloats(4, values);
    }

    static ProtoWriter int64Tensor(String name, long[] values, long... dims) {
        return tensorHeader(name, OnnxDataType.INT64, dims).packedVarints(7, values);
    }

    static ProtoWriter externalTensor(String name, OnnxDataType type, String location, long offset, long length,
            long... dims) {
        return OnnxModelWriter.externalTensor(new ExternalInitializer(name, type, dims, location, offset, length));
    }

    static ProtoWriter valueInfo(String name, OnnxDataType type, Object... dims) {
        ProtoWriter shape = new ProtoWriter();
        for (Object d : dims) {
            ProtoWriter dim = new ProtoWriter();
            if (d instanceof String s) {
                dim.stringField(2, s);
            } else {
                dim.varintField(1, ((Number) d).longValue());
            }
            shape.messageField(1, dim);
        }
        ProtoWriter tensorType = new ProtoWriter().varintField(1, type.code()).messageField(2, shape);
        return new ProtoWriter().stringField(1, name).messageField(2, new ProtoWriter().messageField(1, tensorType));
    }

    static ProtoWriter graph(String name, List<ProtoWriter> nodes, List<ProtoWriter> initializers,
            List<ProtoWriter> inputs, List<ProtoWriter> outputs) {
        ProtoWriter g = new ProtoWriter();
        nodes.forEach(n -> g.messageField(1, n));
        g.stringField(2, name);
        initializers.forEach(t -> g.messageField(5, t));
        inputs.forEach(v -> g.messageField(11, v));
        outputs.forEach(v -> g.messageField(12, v));
        return g;
    }

    static byte[] model(ProtoWriter graph) {
        ProtoWriter opset = new ProtoWriter().varintField(2, 17);
        return new ProtoWriter().varintField(1, 8).stringField(2, "tiro-test").messageField(7, graph)
                .messageField(8, opset).toByteArray();
    }

    static OnnxModel read(Path dir, String fileName, byte[] model) {
        Path file = dir.resolve(fileName);
        try {
            Files.write(file, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return OnnxReader.read(file);
    }
}
