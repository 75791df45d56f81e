package io.neurograph.engine.capsule.convert;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import java.nio.file.Path;

/** Converts any supported source model to {@code .cgraph}, choosing the converter by the file's format. */
public final class ModelConverter {
    private ModelConverter() {
    }

    /** The default output: the source's name with its extension replaced by {@code .cgraph}, beside it. */
    public static Path defaultOutput(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return source.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".cgraph");
    }

    /**
     * @throws ModelFormatException if the source is malformed, or already a .cgraph file
     */
    public static ConversionResult convert(Path source, Path outFull, CapsuleMode mode, ConversionListener listener) {
        return switch (ModelFormat.detect(source)) {
            case ONNX -> OnnxConverter.convert(source, outFull, mode, listener);
            case GGUF -> GgufConverter.convert(source, outFull, mode, listener);
            case CGRAPH -> throw new ModelFormatException(source, "is already a .cgraph file");
        };
    }
}
