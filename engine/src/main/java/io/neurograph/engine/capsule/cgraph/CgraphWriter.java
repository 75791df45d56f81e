package io.neurograph.engine.capsule.cgraph;

import io.neurograph.engine.capsule.ModelFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * Streams a full {@code .cgraph} file: capsules one after another, each a graph blob followed by its
 * tensors, then the manifest and the header. Writes {@code OUT.part} and moves it over {@code OUT} on
 * {@link #finish}; {@link #close} without finish deletes the partial file. Tensor bytes pass through at
 * most {@value #CHUNK} bytes at a time and their checksums are computed on the way, so heap use does not
 * grow with the model. Not thread-safe.
 */
public final class CgraphWriter implements AutoCloseable {
    /** Largest slice handed to the file channel at once (it copies heap buffers into a temporary direct one). */
    static final int CHUNK = 1 << 20;

    private final AtomicOutput output;
    private final Sink sink = new Sink();
    private final List<CapsuleSpec> capsules = new ArrayList<>();
    private final List<TensorSpec> tensors = new ArrayList<>();
    private final Set<String> tensorNames = new HashSet<>();
    private OpenCapsule current;
    private long position;
    private boolean finished;
    private boolean broken;

    private CgraphWriter(AtomicOutput output) {
        this.output = output;
    }

    /** Starts {@code out}; nothing appears at {@code out} itself before {@link #finish}. */
    public static CgraphWriter create(Path out) {
        CgraphWriter writer = new CgraphWriter(AtomicOutput.create(out));
        writer.guarded(() -> {
            // a zero placeholder for the header, which is written last
            writer.output.write(AtomicOutput.zeros(CgraphHeader.SIZE));
            writer.position = CgraphHeader.SIZE;
            writer.padTo(CgraphHeader.ALIGNMENT);
        });
        return writer;
    }

    /**
     * Starts a capsule region and writes its graph blob ({@code graphEncoding} "onnx-model" or "none"; the
     * blob is null or empty for "none").
     */
    public void beginCapsule(String name, String kind, List<ValueSpec> inputs, List<ValueSpec> outputs,
            List<NodeSpec> nodes, String graphEncoding, byte[] graphBlob) {
        requireWritable();
        if (current != null) {
            throw new IllegalStateException("capsule '" + current.name + "' is not ended");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(graphEncoding, "graphEncoding");
        byte[] blob = graphBlob == null ? new byte[0] : graphBlob;
        if (graphEncoding.equals("none") && blob.length > 0) {
            throw new IllegalArgumentException("graph encoding none with a " + blob.length + "-byte blob");
        }
        OpenCapsule c = new OpenCapsule(name, kind, listOf(inputs), listOf(outputs), listOf(nodes), position);
        current = c;
        sink.region.reset();
        guarded(() -> {
            sink.beginItem(blob.length);
            sink.write(ByteBuffer.wrap(blob));
            c.graph = new BlobRef(graphEncoding, c.start, blob.length, Checksums.hex(sink.item));
        });
    }

    /**
     * Writes a tensor at the next 4096-byte boundary of the current capsule's region. {@code length} must
     * equal shape × element size for the fixed-size dtypes; {@code source} must write exactly {@code length}.
     */
    public void addTensor(String name, String dtype, List<Long> shape, long length, TensorSource source) {
        requireWritable();
        OpenCapsule c = requireCapsule();
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(source, "source");
        List<Long> dims = List.copyOf(shape);
        if (name.isEmpty() || dtype.isEmpty() || length < 0 || dims.stream().anyMatch(d -> d < 0)) {
            throw new IllegalArgumentException("tensor '" + name + "': empty name or dtype, or negative size");
        }
        if (tensorNames.contains(name)) {
            throw new IllegalArgumentException("tensor '" + name + "' is already written");
        }
        long expected = Dtypes.byteLength(dtype, dims);
        if (expected != Dtypes.UNKNOWN && expected != length) {
            throw new IllegalArgumentException("tensor '" + name + "' length " + length + " does not match shape "
                    + dims + " x " + dtype + " (" + expected + " bytes)");
        }
        guarded(() -> {
            padTo(CgraphHeader.ALIGNMENT);
            long offset = position;
            sink.beginItem(length);
            source.writeTo(sink);
            if (sink.itemRemaining != 0) {
                throw new IllegalArgumentException("the source of tensor '" + name + "' wrote "
                        + (length - sink.itemRemaining) + " of its " + length + " bytes");
            }
            tensors.add(new TensorSpec(name, dtype, dims, offset, length, Checksums.hex(sink.item),
                    capsules.size()));
        });
        tensorNames.add(name);
        c.tensors.add(name);
    }

    /** The current capsule also uses a tensor written earlier (by an earlier capsule). */
    public void useTensor(String name) {
        requireWritable();
        OpenCapsule c = requireCapsule();
        if (!tensorNames.contains(name)) {
            throw new IllegalArgumentException("tensor '" + name + "' has not been written");
        }
        c.tensors.add(name);
    }

    /** Pads the region to the alignment (the padding belongs to the region) and records the capsule. */
    public void endCapsule() {
        requireWritable();
        OpenCapsule c = requireCapsule();
        guarded(() -> padTo(CgraphHeader.ALIGNMENT));
        capsules.add(new CapsuleSpec(capsules.size(), c.name, c.kind, c.inputs, c.outputs, c.nodes,
                List.copyOf(c.tensors), c.graph, new Region(c.start, position - c.start,
                        Checksums.hex(sink.region))));
        current = null;
    }

    /** Writes the manifest and header, then moves the file to its name; returns the manifest written. */
    public CgraphManifest finish(ModelInfo model, ConversionInfo conversion, List<ValueSpec> inputs,
            List<ValueSpec> outputs) {
        requireWritable();
        if (current != null) {
            throw new IllegalStateException("capsule '" + current.name + "' is not ended");
        }
        CgraphManifest manifest = new CgraphManifest(CgraphManifest.SCHEMA_VERSION, model, conversion,
                listOf(inputs), listOf(outputs), List.copyOf(capsules), List.copyOf(tensors), null);
        byte[] json = CgraphJson.write(manifest);
        long manifestOffset = position;
        CgraphHeader header = CgraphHeader.of(false, manifestOffset, json.length,
                Checksums.crc32c(json, 0, json.length), CgraphHeader.ALIGNMENT, manifestOffset + json.length);
        try {
            // the writer must never produce a file its reader rejects (e.g. a null name in a ValueSpec)
            ManifestValidator.validate(output.target(), header, manifest);
        } catch (ModelFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        guarded(() -> {
            output.write(ByteBuffer.wrap(json));
            output.commit(header);
        });
        finished = true;
        return manifest;
    }

    /** Without {@link #finish}: deletes the partial file. */
    @Override
    public void close() {
        output.close();
    }

    private void padTo(int alignment) throws IOException {
        int gap = (int) ((alignment - position % alignment) % alignment);
        ByteBuffer zeros = AtomicOutput.zeros(gap);
        if (current != null) {
            sink.region.update(zeros.duplicate());
        }
        output.write(zeros);
        position += gap;
    }

    private OpenCapsule requireCapsule() {
        if (current == null) {
            throw new IllegalStateException("no capsule is open; call beginCapsule first");
        }
        return current;
    }

    private void requireWritable() {
        if (finished) {
            throw new IllegalStateException("the writer is finished");
        }
        if (broken) {
            throw new IllegalStateException("an earlier write failed; close the writer and start again");
        }
    }

    /** Runs a write; any failure leaves the file unusable, so later calls are refused. */
    private void guarded(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            broken = true;
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            broken = true;
            throw e;
        }
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    private static final class OpenCapsule {
        final String name;
        final String kind;
        final List<ValueSpec> inputs;
        final List<ValueSpec> outputs;
        final List<NodeSpec> nodes;
        final long start;
        final Set<String> tensors = new LinkedHashSet<>();
        BlobRef graph;

        OpenCapsule(String name, String kind, List<ValueSpec> inputs, List<ValueSpec> outputs, List<NodeSpec> nodes,
                long start) {
            this.name = name;
            this.kind = kind;
            this.inputs = inputs;
            this.outputs = outputs;
            this.nodes = nodes;
            this.start = start;
        }
    }

    /**
     * The channel sources write into: forwards to the file in bounded slices, updating the region's and
     * the current item's CRC32C on the way, and refuses bytes beyond the item's declared length.
     */
    private final class Sink implements WritableByteChannel {
        final CRC32C region = new CRC32C();
        final CRC32C item = new CRC32C();
        long itemRemaining;

        void beginItem(long length) {
            item.reset();
            itemRemaining = length;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int n = src.remaining();
            if (n > itemRemaining) {
                throw new IOException("a tensor source wrote more bytes than the tensor's declared length");
            }
            while (src.hasRemaining()) {
                ByteBuffer part = src.slice(src.position(), Math.min(src.remaining(), CHUNK));
                region.update(part.duplicate());
                item.update(part.duplicate());
                output.write(part);
                src.position(src.position() + part.capacity());
            }
            itemRemaining -= n;
            position += n;
            return n;
        }

        @Override
        public boolean isOpen() {
            return !broken && !finished;
        }

        /** Sources do not own the file: closing the sink is a no-op. */
        @Override
        public void close() {
        }
    }
}
