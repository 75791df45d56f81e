package io.neurograph.engine.capsule.convert;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.cgraph.CgraphFile;
import io.neurograph.engine.capsule.cgraph.CgraphManifest;
import io.neurograph.engine.capsule.cgraph.TensorSpec;
import io.neurograph.engine.capsule.gguf.GgmlType;
import io.neurograph.engine.capsule.gguf.GgufValue;
import io.neurograph.engine.capsule.gguf.GgufWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the GGUF file a {@code .cgraph} was converted from, from the cgraph alone: metadata with its
 * exact types, tensors in their original order and bytes. This is how a conversion is undone, and the
 * round trip GGUF → cgraph → GGUF being byte-identical is the proof that conversion loses nothing.
 */
public final class GgufExporter {
    private GgufExporter() {
    }

    /**
     * Exports {@code cgraph} (full or mini) to {@code outGguf}.
     *
     * @throws ModelFormatException if the cgraph was not converted from GGUF or its GGUF metadata is damaged
     */
    public static void export(Path cgraph, Path outGguf) {
        try (CgraphFile file = CgraphFile.open(cgraph)) {
            CgraphManifest manifest = file.manifest();
            if (!"gguf".equals(manifest.model().sourceFormat())) {
                throw new ModelFormatException(cgraph, "was converted from " + manifest.model().sourceFormat()
                        + ", not GGUF; only GGUF sources can be exported back to GGUF");
            }
            Map<String, Object> metadata = manifest.model().metadata();
            try {
                int version = ((Number) metadata.get(GgufConverter.VERSION)).intValue();
                GgufWriter.write(outGguf, version, keyValues(metadata), tensors(file.fullFile(), manifest,
                        metadata));
            } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
                throw new ModelFormatException(cgraph, "GGUF metadata in the manifest is damaged: " + e.getMessage());
            }
        }
    }

    private static Map<String, GgufValue> keyValues(Map<String, Object> metadata) {
        Map<String, GgufValue> values = new LinkedHashMap<>();
        ((Map<?, ?>) metadata.get(GgufConverter.KEY_VALUES))
                .forEach((key, json) -> values.put((String) key, GgufValue.fromJsonValue(json)));
        return values;
    }

    private static List<GgufWriter.Tensor> tensors(Path full, CgraphManifest manifest, Map<String, Object> metadata) {
        List<GgufWriter.Tensor> tensors = new ArrayList<>();
        for (Object name : (List<?>) metadata.get(GgufConverter.TENSOR_ORDER)) {
            TensorSpec spec = manifest.tensor((String) name);
            if (spec == null) {
                throw new IllegalArgumentException("tensor '" + name + "' is in the GGUF order but not in the table");
            }
            GgmlType type = GgmlDtypes.typeOf(spec.dtype());
            long[] ne = new long[spec.shape().size()];
            for (int i = 0; i < ne.length; i++) {
                ne[i] = spec.shape().get(ne.length - 1 - i);
            }
            tensors.add(new GgufWriter.Tensor(spec.name(), ne, type,
                    GgufWriter.TensorBytes.ofFileRange(full, spec.offset(), spec.length())));
        }
        return tensors;
    }
}
