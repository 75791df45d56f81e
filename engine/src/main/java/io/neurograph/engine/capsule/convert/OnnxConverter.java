package io.neurograph.engine.capsule.convert;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.cgraph.CgraphManifest;
import io.neurograph.engine.capsule.cgraph.CgraphWriter;
import io.neurograph.engine.capsule.cgraph.ConversionInfo;
import io.neurograph.engine.capsule.cgraph.MiniCgraph;
import io.neurograph.engine.capsule.cgraph.ModelInfo;
import io.neurograph.engine.capsule.cgraph.NodeSpec;
import io.neurograph.engine.capsule.cgraph.ValueSpec;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import io.neurograph.engine.capsule.onnx.CapsulePlan;
import io.neurograph.engine.capsule.onnx.ExternalInitializer;
import io.neurograph.engine.capsule.onnx.OnnxDataType;
import io.neurograph.engine.capsule.onnx.OnnxDim;
import io.neurograph.engine.capsule.onnx.OnnxModel;
import io.neurograph.engine.capsule.onnx.OnnxModelWriter;
import io.neurograph.engine.capsule.onnx.OnnxNode;
import io.neurograph.engine.capsule.onnx.OnnxPartitioner;
import io.neurograph.engine.capsule.onnx.OnnxReader;
import io.neurograph.engine.capsule.onnx.OnnxTensor;
import io.neurograph.engine.capsule.onnx.OnnxValueInfo;
import io.neurograph.engine.capsule.onnx.TensorData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Converts an ONNX model into a full {@code .cgraph} file and its mini file. Everything streams: the source
 * is hashed in 1 MiB chunks, its structure is parsed without the weights, and each tensor is copied from the
 * source straight into the output, so the heap never holds more than one chunk of weights. Values passed
 * between capsules get the shapes ONNX Runtime infers for them ({@link BoundaryShapes}). The source is only
 * ever opened for reading. On failure or cancellation no output file is left behind.
 */
public final class OnnxConverter {
    private static final String TOOL = "tiro";
    private static final int CHUNK = 1 << 20;
    /**
     * The external-data location written into capsule graphs. Never read: the runtime supplies every
     * initializer by name from the mapped full file. But ORT 1.29 checks that the location of a model loaded
     * from bytes exists below the configured folder (the runtime configures the full file's folder), so it is
     * "." - that folder itself - which stays valid when the full file is renamed.
     */
    private static final String EXTERNAL_LOCATION = ".";

    private OnnxConverter() {
    }

    /**
     * Converts {@code onnx} into {@code outFull} (which must end in {@code .cgraph}) and writes the mini file
     * next to it ({@code .cgraph} replaced by {@code .mini.cgraph}).
     *
     * @throws ModelFormatException if the model cannot be read or converted
     * @throws CancellationException if the listener cancelled or the thread was interrupted
     */
    public static ConversionResult convert(Path onnx, Path outFull, CapsuleMode mode, ConversionListener listener) {
        long start = System.nanoTime();
        Path mini = miniPath(outFull);
        refuseToOverwriteSource(onnx, outFull, mini);
        checkCancelled(listener);
        try {
            return convert(onnx, outFull, mini, mode, listener, start);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof ClosedByInterruptException) {
                // an interrupt during channel I/O closes the channel: that is a cancellation, not an I/O error
                throw cancelled(e);
            }
            throw e;
        }
    }

    private static ConversionResult convert(Path onnx, Path outFull, Path mini, CapsuleMode mode,
            ConversionListener listener, long start) {
        String sha256 = sha256(onnx, listener);
        OnnxModel model = OnnxReader.read(onnx);
        Map<String, OnnxTensor> initializers = new HashMap<>();
        for (OnnxTensor t : model.graph().initializers()) {
            initializers.put(t.name(), t);
        }
        List<CapsulePlan> plans = OnnxPartitioner.partition(model, mode);
        long total = totalWeightBytes(onnx, plans, initializers);
        List<OnnxValueInfo> inputs = graphInputs(model, initializers);
        checkCancelled(listener);
        listener.progress("shapes", 0, 1);
        plans = BoundaryShapes.infer(model, plans, initializers, inputs);
        listener.progress("shapes", 1, 1);
        CgraphManifest manifest;
        long weightsWritten = 0;
        try (CgraphWriter writer = CgraphWriter.create(outFull)) {
            Set<String> stored = new HashSet<>();
            for (CapsulePlan plan : plans) {
                checkCancelled(listener);
                byte[] blob = capsuleModel(model, plan, initializers);
                writer.beginCapsule(plan.name(), plan.kind(), valueSpecs(plan.inputs()), valueSpecs(plan.outputs()),
                        nodeSpecs(plan.nodes()), "onnx-model", blob);
                for (String name : plan.initializers()) {
                    if (!stored.add(name)) {
                        writer.useTensor(name);
                        continue;
                    }
                    OnnxTensor t = initializers.get(name);
                    TensorData data = t.data();
                    writer.addTensor(name, t.dataType().dtypeName(), shape(t.dims()), data.byteLength(),
                            data::writeTo);
                    weightsWritten += data.byteLength();
                    listener.progress("weights", weightsWritten, total);
                    checkCancelled(listener);
                }
                writer.endCapsule();
            }
            checkCancelled(listener);
            manifest = writer.finish(modelInfo(onnx, model, sha256), conversionInfo(mode),
                    valueSpecs(inputs), valueSpecs(model.graph().outputs()));
        }
        try {
            checkCancelled(listener);
            listener.progress("mini", 0, 1);
            MiniCgraph.write(mini, outFull);
            listener.progress("mini", 1, 1);
            return new ConversionResult(outFull, mini, manifest, Files.size(outFull) + Files.size(mini),
                    System.nanoTime() - start);
        } catch (IOException e) {
            deleteQuietly(outFull, mini);
            throw new UncheckedIOException("cannot write " + mini, e);
        } catch (RuntimeException e) {
            deleteQuietly(outFull, mini);
            throw e;
        }
    }

    /** {@code OUT.cgraph} → {@code OUT.mini.cgraph}. */
    public static Path miniPath(Path outFull) {
        String name = outFull.getFileName().toString();
        if (!name.endsWith(".cgraph") || name.endsWith(".mini.cgraph")) {
            throw new IllegalArgumentException("output must be named *.cgraph (not *.mini.cgraph): " + outFull);
        }
        return outFull.resolveSibling(name.substring(0, name.length() - ".cgraph".length()) + ".mini.cgraph");
    }

    private static void refuseToOverwriteSource(Path onnx, Path outFull, Path mini) {
        Path source = onnx.toAbsolutePath().normalize();
        for (Path out : List.of(outFull, mini)) {
            boolean same = out.toAbsolutePath().normalize().equals(source);
            try {
                same |= Files.exists(out) && Files.isSameFile(out, onnx);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (same) {
                throw new IllegalArgumentException("output " + out + " would overwrite the source model");
            }
        }
    }

    private static String sha256(Path file, ConversionListener listener) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = in.size();
            ByteBuffer buf = ByteBuffer.allocate(CHUNK);
            long done = 0;
            int n;
            while ((n = in.read(buf)) >= 0) {
                digest.update(buf.flip());
                buf.clear();
                done += n;
                listener.progress("hash", done, size);
                checkCancelled(listener);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static void checkCancelled(ConversionListener listener) {
        if (Thread.interrupted() || listener.cancelled()) {
            throw cancelled(null);
        }
    }

    private static CancellationException cancelled(Throwable cause) {
        CancellationException e = new CancellationException("conversion cancelled");
        e.initCause(cause);
        return e;
    }

    /** Sum of the distinct tensors' bytes; rejects initializers that have no raw bytes to store. */
    private static long totalWeightBytes(Path onnx, List<CapsulePlan> plans, Map<String, OnnxTensor> initializers) {
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (CapsulePlan plan : plans) {
            for (String name : plan.initializers()) {
                OnnxTensor t = initializers.get(name);
                if (t == null) {
                    throw new ModelFormatException(onnx, "capsule '" + plan.name() + "' needs initializer '" + name
                            + "', which the graph does not have");
                }
                if (t.dataType() == null || t.dataType() == OnnxDataType.STRING) {
                    throw new ModelFormatException(onnx, "initializer '" + name + "' has data type "
                            + (t.dataType() == null ? "undefined" : "STRING") + ", which cannot be stored as raw bytes");
                }
                if (seen.add(name)) {
                    total = Math.addExact(total, t.data().byteLength());
                }
            }
        }
        return total;
    }

    /** The capsule's ONNX model; its initializers are external and named like the tensor table entries. */
    private static byte[] capsuleModel(OnnxModel model, CapsulePlan plan, Map<String, OnnxTensor> initializers) {
        List<ExternalInitializer> externals = new ArrayList<>();
        for (String name : plan.initializers()) {
            OnnxTensor t = initializers.get(name);
            externals.add(new ExternalInitializer(name, t.dataType(), t.dims(), EXTERNAL_LOCATION, 0,
                    t.data().byteLength()));
        }
        return OnnxModelWriter.capsuleModel(model, plan.name(), plan.nodes(), plan.inputs(), plan.outputs(),
                OnnxPartitioner.internalValueInfo(model, plan), externals);
    }

    private static List<OnnxValueInfo> graphInputs(OnnxModel model, Map<String, OnnxTensor> initializers) {
        // before IR 4 initializers were also listed as graph inputs; they are weights, not user inputs
        return model.graph().inputs().stream().filter(v -> !initializers.containsKey(v.name())).toList();
    }

    private static ModelInfo modelInfo(Path onnx, OnnxModel model, String sha256) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("ir_version", model.irVersion());
        List<Map<String, Object>> opsets = new ArrayList<>();
        model.opsetImports().forEach(o -> opsets.add(Map.of("domain", o.domain(), "version", o.version())));
        metadata.put("opset_imports", opsets);
        metadata.put("producer_name", model.producerName());
        metadata.put("producer_version", model.producerVersion());
        metadata.put("domain", model.domain());
        metadata.put("model_version", model.modelVersion());
        metadata.put("doc_string", model.docString());
        metadata.put("graph_name", model.graph().name());
        metadata.put("metadata_props", model.metadataProps());
        String file = onnx.getFileName().toString();
        String name = file.endsWith(".onnx") ? file.substring(0, file.length() - ".onnx".length()) : file;
        return new ModelInfo(name, "onnx", file, model.fileSize(), sha256, metadata);
    }

    private static ConversionInfo conversionInfo(CapsuleMode mode) {
        String version = OnnxConverter.class.getPackage().getImplementationVersion();
        String modeName = switch (mode) {
            case CapsuleMode.Auto a -> "auto";
            case CapsuleMode.Layer l -> "layer";
            case CapsuleMode.Node n -> "node";
            case CapsuleMode.Count c -> Integer.toString(c.n());
        };
        return new ConversionInfo(TOOL, version == null ? "dev" : version, modeName,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static List<ValueSpec> valueSpecs(List<OnnxValueInfo> values) {
        List<ValueSpec> specs = new ArrayList<>(values.size());
        for (OnnxValueInfo v : values) {
            List<Object> shape = null;
            if (v.shape() != null) {
                shape = new ArrayList<>(v.shape().size());
                for (OnnxDim d : v.shape()) {
                    shape.add(d.param() != null ? d.param() : d.value() >= 0 ? (Object) d.value() : null);
                }
            }
            specs.add(new ValueSpec(v.name(), v.elemType() == null ? null : v.elemType().dtypeName(), shape));
        }
        return specs;
    }

    private static List<NodeSpec> nodeSpecs(List<OnnxNode> nodes) {
        return nodes.stream().map(n -> new NodeSpec(n.name(), n.opType())).toList();
    }

    private static List<Long> shape(long[] dims) {
        List<Long> shape = new ArrayList<>(dims.length);
        for (long d : dims) {
            shape.add(d);
        }
        return shape;
    }

    private static void deleteQuietly(Path... files) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // best effort: the original failure is what the caller needs to see
            }
        }
    }
}
