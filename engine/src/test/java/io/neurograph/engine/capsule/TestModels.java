package io.neurograph.engine.capsule;

import io.neurograph.engine.util.ClasspathFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The real test models. all-MiniLM-L6-v2 (fp32 and int8 ONNX with its tokenizer.json) comes from
 * the test-scoped LangChain4j jars on the classpath; each file is copied once per build into
 * {@code target/test-models/} because readers map files rather than streams.
 */
public final class TestModels {
    private static final Path DIR = Path.of(System.getProperty("tiro.test.models",
            Path.of("target", "test-models").toString()));

    private TestModels() {
    }

    /** all-MiniLM-L6-v2 fp32, 90,387,606 bytes. */
    public static Path minilmFp32() {
        return fromClasspath("all-minilm-l6-v2.onnx");
    }

    /** all-MiniLM-L6-v2 dynamically quantized to int8, 22,972,370 bytes. */
    public static Path minilmInt8() {
        return fromClasspath("all-minilm-l6-v2-q.onnx");
    }

    /** The HuggingFace tokenizer.json shared by both MiniLM variants. */
    public static Path minilmTokenizer() {
        return fromClasspath("all-minilm-l6-v2-tokenizer.json");
    }

    /**
     * The 512-byte GGUF written by the reference writer gguf-py (a copy of shared/testdata/tiny.gguf kept in
     * the test resources so a clean clone has it): F32, Q8_0 and Q4_0 tensors and five typed metadata keys.
     */
    public static Path tinyGguf() {
        return fromClasspath("tiny.gguf");
    }

    private static synchronized Path fromClasspath(String name) {
        try {
            return ClasspathFiles.copy(name, DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy test model " + name + " (LangChain4j MiniLM jars on the test classpath?)", e);
        }
    }
}
