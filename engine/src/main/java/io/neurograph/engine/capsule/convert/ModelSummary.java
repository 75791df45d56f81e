package io.neurograph.engine.capsule.convert;

import io.neurograph.engine.capsule.cgraph.ValueSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code tiro inspect} shows about a model file, whatever its format.
 *
 * @param format     "onnx", "gguf", "cgraph" (full) or "cgraph-mini"
 * @param metadata   format-specific facts; long arrays (e.g. a tokenizer vocabulary) are abbreviated
 * @param operators  operator counts by type, most frequent first (empty for GGUF)
 * @param capsules   the capsules of a .cgraph file (empty for sources)
 * @param tensors    tensor count and bytes by dtype, largest first
 */
public record ModelSummary(Path file, String format, long fileSize, Map<String, Object> metadata,
        List<ValueSpec> inputs, List<ValueSpec> outputs, Map<String, Long> operators, List<Capsule> capsules,
        List<DtypeTotal> tensors) {

    public record Capsule(int index, String name, String kind, int nodes, int tensors, long bytes,
            List<String> inputs, List<String> outputs) {
    }

    public record DtypeTotal(String dtype, long count, long bytes) {
    }

    public long tensorCount() {
        return tensors.stream().mapToLong(DtypeTotal::count).sum();
    }

    public long tensorBytes() {
        return tensors.stream().mapToLong(DtypeTotal::bytes).sum();
    }
}
