package io.neurograph.engine.capsule.cgraph;

import java.nio.file.Path;
import java.util.List;

/**
 * Streams a full {@code .cgraph} file: capsules one after another, each a graph blob followed by its
 * tensors, then the manifest and the header. Writes {@code OUT.part} and moves it over {@code OUT} on
 * {@link #finish}; {@link #close} without finish deletes the partial file.
 */
public final class CgraphWriter implements AutoCloseable {

    private CgraphWriter() {
    }

    public static CgraphWriter create(Path out) {
        throw new UnsupportedOperationException("not yet");
    }

    public void beginCapsule(String name, String kind, List<ValueSpec> inputs, List<ValueSpec> outputs,
            List<NodeSpec> nodes, String graphEncoding, byte[] graphBlob) {
        throw new UnsupportedOperationException("not yet");
    }

    public void addTensor(String name, String dtype, List<Long> shape, long length, TensorSource source) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The current capsule also uses a tensor written earlier (by an earlier capsule). */
    public void useTensor(String name) {
        throw new UnsupportedOperationException("not yet");
    }

    public void endCapsule() {
        throw new UnsupportedOperationException("not yet");
    }

    public CgraphManifest finish(ModelInfo model, ConversionInfo conversion, List<ValueSpec> inputs,
            List<ValueSpec> outputs) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
