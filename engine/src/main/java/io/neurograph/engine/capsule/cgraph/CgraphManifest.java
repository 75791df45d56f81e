package io.neurograph.engine.capsule.cgraph;

import java.util.List;

/**
 * The JSON manifest of a {@code .cgraph} file (snake_case on disk, see docs/cgraph-format.md).
 * {@code fullFile} is null in a full file and set in a mini file.
 */
public record CgraphManifest(int schemaVersion, ModelInfo model, ConversionInfo conversion, List<ValueSpec> inputs,
        List<ValueSpec> outputs, List<CapsuleSpec> capsules, List<TensorSpec> tensors, FullFileRef fullFile) {

    /** The manifest schema this code writes; readers reject a larger value. */
    public static final int SCHEMA_VERSION = 1;

    /** The tensor table entry with this name, or null. */
    public TensorSpec tensor(String name) {
        for (TensorSpec t : tensors) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
