package io.neurograph.engine.capsule.onnx;

import io.neurograph.engine.capsule.proto.ProtoReader;
import io.neurograph.engine.capsule.proto.ProtoWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.util.List;

/**
 * Builds the serialized ModelProto of one capsule: the source's IR version, opset imports, producer and
 * model-local functions, and a graph of the given nodes (their source bytes, unchanged) and signature.
 */
public final class OnnxModelWriter {
    private static final int DATA_LOCATION_EXTERNAL = 1;

    private OnnxModelWriter() {
    }

    /** A capsule model whose initializers are external-data declarations without payload. */
    public static byte[] capsuleModel(OnnxModel source, String graphName, List<OnnxNode> nodes,
            List<OnnxValueInfo> inputs, List<OnnxValueInfo> outputs, List<OnnxValueInfo> valueInfo,
            List<ExternalInitializer> initializers) {
        ProtoWriter graph = graphStart(graphName, nodes);
        for (ExternalInitializer init : initializers) {
            graph.messageField(5, externalTensor(init));
        }
        return model(source, graphEnd(graph, inputs, outputs, valueInfo));
    }

    /**
     * A self-contained capsule model whose initializers carry their bytes in raw_data (string_data for STRING),
     * read from each tensor's {@link TensorData}. Meant for small models: everything is built in memory.
     */
    public static byte[] capsuleModelWithInlineData(OnnxModel source, String graphName, List<OnnxNode> nodes,
            List<OnnxValueInfo> inputs, List<OnnxValueInfo> outputs, List<OnnxValueInfo> valueInfo,
            List<OnnxTensor> initializers) {
        ProtoWriter graph = graphStart(graphName, nodes);
        for (OnnxTensor tensor : initializers) {
            graph.messageField(5, inlineTensor(tensor));
        }
        return model(source, graphEnd(graph, inputs, outputs, valueInfo));
    }

    /** TensorProto{dims, data_type, name, external_data{location, offset, length}, data_location=EXTERNAL}. */
    public static ProtoWriter externalTensor(ExternalInitializer init) {
        ProtoWriter t = header(init.name(), init.dataType(), init.dims());
        t.messageField(13, entry("location", init.location()));
        t.messageField(13, entry("offset", Long.toString(init.offset())));
        t.messageField(13, entry("length", Long.toString(init.length())));
        return t.varintField(14, DATA_LOCATION_EXTERNAL);
    }

    /** TensorProto with the tensor's bytes in raw_data, or string_data for a STRING tensor. */
    public static ProtoWriter inlineTensor(OnnxTensor tensor) {
        ProtoWriter t = header(tensor.name(), tensor.dataType(), tensor.dims());
        byte[] bytes = bytes(tensor.data());
        if (tensor.dataType() == OnnxDataType.STRING) {
            // TensorData.Inline holds strings as [8-byte LE length, bytes]
            int p = 0;
            while (p < bytes.length) {
                int length = (int) littleEndianLong(bytes, p);
                t.tag(6, ProtoReader.LENGTH_DELIMITED).varint(length).raw(bytes, p + 8, length);
                p += 8 + length;
            }
        } else if (!(tensor.data() instanceof TensorData.None)) {
            t.bytesField(9, bytes);
        }
        return t;
    }

    /** All bytes of a tensor's data, read into the heap. */
    public static byte[] bytes(TensorData data) {
        if (data.byteLength() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("tensor data of " + data.byteLength() + " bytes does not fit an array");
        }
        if (data instanceof TensorData.Inline inline) {
            return inline.bytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) data.byteLength());
        try {
            data.writeTo(Channels.newChannel(out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tensor data " + data, e);
        }
        return out.toByteArray();
    }

    private static ProtoWriter header(String name, OnnxDataType type, long[] dims) {
        ProtoWriter t = new ProtoWriter();
        for (long d : dims) {
            t.varintField(1, d);
        }
        return t.varintField(2, type.code()).stringField(8, name);
    }

    private static ProtoWriter graphStart(String graphName, List<OnnxNode> nodes) {
        ProtoWriter graph = new ProtoWriter(1 << 12);
        for (OnnxNode node : nodes) {
            graph.bytesField(1, node.encoded());
        }
        return graph.stringField(2, graphName);
    }

    private static ProtoWriter graphEnd(ProtoWriter graph, List<OnnxValueInfo> inputs, List<OnnxValueInfo> outputs,
            List<OnnxValueInfo> valueInfo) {
        inputs.forEach(v -> graph.bytesField(11, v.encoded()));
        outputs.forEach(v -> graph.bytesField(12, v.encoded()));
        valueInfo.forEach(v -> graph.bytesField(13, v.encoded()));
        return graph;
    }

    private static byte[] model(OnnxModel source, ProtoWriter graph) {
        ProtoWriter model = new ProtoWriter(graph.size() + 256);
        model.varintField(1, source.irVersion());
        if (!source.producerName().isEmpty()) {
            model.stringField(2, source.producerName());
        }
        if (!source.producerVersion().isEmpty()) {
            model.stringField(3, source.producerVersion());
        }
        if (!source.domain().isEmpty()) {
            model.stringField(4, source.domain());
        }
        if (source.modelVersion() != 0) {
            model.varintField(5, source.modelVersion());
        }
        model.messageField(7, graph);
        for (OpsetId opset : source.opsetImports()) {
            ProtoWriter o = new ProtoWriter();
            if (!opset.domain().isEmpty()) {
                o.stringField(1, opset.domain());
            }
            model.messageField(8, o.varintField(2, opset.version()));
        }
        source.functions().forEach(f -> model.bytesField(25, f));
        return model.toByteArray();
    }

    private static ProtoWriter entry(String key, String value) {
        return new ProtoWriter().stringField(1, key).stringField(2, value);
    }

    private static long littleEndianLong(byte[] b, int p) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[p + i] & 0xFF);
        }
        return v;
    }
}
