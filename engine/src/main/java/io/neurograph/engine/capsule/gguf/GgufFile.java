package io.neurograph.engine.capsule.gguf;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link GgufReader} found in a GGUF file: the header, the metadata in file order and the
 * tensor infos in file order. It holds offsets, not a mapping: tensor bytes are read from
 * {@code file} at each {@link GgufTensorInfo#absoluteOffset()}.
 *
 * @param file      the file read
 * @param fileSize  its size in bytes
 * @param version   the GGUF version (2 or 3)
 * @param alignment the data alignment ({@code general.alignment}, default 32)
 * @param dataStart where the tensor data section starts
 * @param metadata  the key/value pairs in file order (iteration follows insertion order)
 * @param tensors   the tensor infos in file order
 */
public record GgufFile(Path file, long fileSize, int version, long alignment, long dataStart,
        Map<String, GgufValue> metadata, List<GgufTensorInfo> tensors) {

    /** The default data alignment when {@code general.alignment} is absent. */
    public static final long DEFAULT_ALIGNMENT = 32;

    public GgufFile {
        Objects.requireNonNull(file, "file");
        metadata = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(metadata));
        tensors = List.copyOf(tensors);
    }

    /** The value of a metadata key, if present. */
    public Optional<GgufValue> value(String key) {
        return Optional.ofNullable(metadata.get(key));
    }

    /** {@code general.architecture}, e.g. "llama", or empty if absent or not a string. */
    public Optional<String> architecture() {
        return value("general.architecture").filter(GgufValue.Text.class::isInstance).map(GgufValue::asString);
    }

    /** The tensor with this name, if present. */
    public Optional<GgufTensorInfo> tensor(String name) {
        return tensors.stream().filter(tensor -> tensor.name().equals(name)).findFirst();
    }

    /**
     * Why ggml itself would refuse this file's tensor layout, or empty if it would not: ggml requires
     * each tensor to start exactly where the previous one ends, rounded up to the alignment. The
     * reader accepts gaps and any order as long as tensors do not overlap.
     */
    public Optional<String> ggmlLayoutProblem() {
        long expected = 0;
        for (GgufTensorInfo tensor : tensors) {
            if (tensor.relativeOffset() != expected) {
                return Optional.of("tensor " + GgufLayout.quote(tensor.name()) + " has offset " + tensor.relativeOffset()
                        + ", expected " + expected);
            }
            expected = GgufLayout.alignUp(expected + tensor.byteSize(), alignment);
        }
        return Optional.empty();
    }
}
