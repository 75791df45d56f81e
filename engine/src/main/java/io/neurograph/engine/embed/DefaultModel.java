package io.neurograph.engine.embed;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.capsule.convert.ConversionResult;
import io.neurograph.engine.capsule.convert.OnnxConverter;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import io.neurograph.engine.embed.SentenceModel.ModelFiles;
import io.neurograph.engine.util.ClasspathFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled sentence model all-MiniLM-L6-v2 (ARCHITECTURE D7). Its ONNX file and {@code tokenizer.json} ship
 * on the class path (the LangChain4j artifact); on first use they are copied into
 * {@code <data>/models/all-minilm-l6-v2/} and the model is converted to {@code .cgraph} there, keeping the
 * original beside it. A marker written last makes later starts skip straight to loading.
 */
public final class DefaultModel {
    public static final String NAME = "all-minilm-l6-v2";
    private static final String ONNX = NAME + ".onnx";
    private static final String TOKENIZER = NAME + "-tokenizer.json";
    private static final String READY = "ready";
    /** Hashed once per process: the class path does not change while it runs. */
    private static ModelIdentity identity;

    private DefaultModel() {
    }

    /** True if this build carries the model (the app does; a bare engine jar may not). */
    public static boolean bundled() {
        return ClasspathFiles.has(ONNX) && ClasspathFiles.has(TOKENIZER);
    }

    /**
     * The bundled model's identity, the SHA-256 of its ONNX file as its conversion records it; without the
     * bundled model (a bare engine jar) the hash is empty, which matches no model.
     */
    public static synchronized ModelIdentity identity() {
        if (identity == null) {
            if (!bundled()) {
                return new ModelIdentity(NAME, "");
            }
            try (InputStream in = ClasspathFiles.open(ONNX)) {
                identity = new ModelIdentity(NAME, ModelIdentity.sha256(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled sentence model " + ONNX, e);
            }
        }
        return identity;
    }

    /** The model's folder in a data folder. */
    public static Path folder(Path dataDir) {
        return dataDir.resolve("models").resolve(NAME);
    }

    /**
     * Copies and converts the model into the data folder unless that was done before. Callers go through
     * {@link SentenceModel#prepare}, which serialises preparations.
     *
     * @throws ModelFormatException if the model is not bundled or its conversion fails
     */
    static ModelFiles prepare(Path dataDir, ConversionListener listener) {
        Path dir = folder(dataDir);
        Path mini = dir.resolve(NAME + ".mini.cgraph");
        Path tokenizer = dir.resolve("tokenizer.json");
        if (Files.isRegularFile(dir.resolve(READY))) {
            return new ModelFiles(mini, tokenizer);
        }
        Path onnx = dir.resolve(ONNX);
        try {
            ClasspathFiles.copy(ONNX, onnx);
            ClasspathFiles.copy(TOKENIZER, tokenizer);
        } catch (IOException e) {
            throw new ModelFormatException(onnx, "the bundled sentence model " + NAME
                    + " is missing from this build (" + e.getMessage() + "); use the full tiro.jar", e);
        }
        ConversionResult result = OnnxConverter.convert(onnx, dir.resolve(NAME + ".cgraph"), new CapsuleMode.Auto(),
                listener);
        try {
            Files.writeString(dir.resolve(READY), result.manifest().model().sourceSha256() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(READY), e);
        }
        return new ModelFiles(result.mini(), tokenizer);
    }
}
