package io.neurograph.tiro.ui.capsules;

import java.nio.file.Path;
import java.util.List;

/**
 * What the Model view shows of a model file: its capsules with their nodes, and its tensor table. A source
 * model (.onnx, .gguf) that has not been converted shows as one capsule holding the whole graph.
 *
 * @param format "cgraph", "cgraph-mini", "onnx" or "gguf"
 */
public record ModelStructure(Path file, String format, long fileSize, List<Capsule> capsules, List<Tensor> tensors) {

    /**
     * @param tensors every tensor the capsule uses, including shared ones stored in an earlier capsule
     * @param bytes   the size of those tensors
     */
    public record Capsule(int index, String name, String kind, List<Node> nodes, List<String> tensors, long bytes) {
    }

    /** A graph node; {@code name} may be empty (ONNX allows unnamed nodes). */
    public record Node(String name, String op) {
    }

    /** A tensor table entry (the weights themselves are never read). */
    public record Tensor(String name, String dtype, List<Long> shape, long bytes) {
    }

    public int nodeCount() {
        return capsules.stream().mapToInt(c -> c.nodes().size()).sum();
    }

    public long tensorBytes() {
        return tensors.stream().mapToLong(Tensor::bytes).sum();
    }
}
