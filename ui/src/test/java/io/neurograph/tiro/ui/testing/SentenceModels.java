package io.neurograph.tiro.ui.testing;

import io.neurograph.engine.util.ClasspathFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A real sentence model as a user would choose it in Settings: all-MiniLM-L6-v2 int8 ({@code minilm-q.onnx}) with
 * its {@code tokenizer.json} beside it, copied once per build from the LangChain4j jar on the test class path.
 */
public final class SentenceModels {
    private static final Path DIR = Path.of("target", "test-models", "chosen-minilm-q");

    private SentenceModels() {
    }

    /** The {@code .onnx} file; its folder also holds {@code tokenizer.json}. */
    public static synchronized Path miniLmInt8() {
        try {
            ClasspathFiles.copy("all-minilm-l6-v2-q-tokenizer.json", DIR.resolve("tokenizer.json"));
            return ClasspathFiles.copy("all-minilm-l6-v2-q.onnx", DIR.resolve("minilm-q.onnx")).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the MiniLM int8 test model (LangChain4j jar on the test class"
                    + " path?)", e);
        }
    }
}
