package io.neurograph.engine.embed;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.capsule.convert.ConversionResult;
import io.neurograph.engine.capsule.convert.OnnxConverter;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the files of the sentence model come from: the bundled all-MiniLM-L6-v2 ({@link DefaultModel}) or a model
 * the user chose, an {@code .onnx} or {@code .cgraph} file with its HuggingFace {@value #TOKENIZER} beside it. A
 * chosen {@code .onnx} is converted into {@code <data>/models/<name>-<path hash>/} on first use and again when the
 * file changes (size or modification time), keeping the original where it is.
 */
public final class SentenceModel {
    /** The tokenizer file a chosen model must have in its folder. */
    public static final String TOKENIZER = "tokenizer.json";
    private static final String READY = "ready";

    /** The files a {@link SentenceEmbedder} opens. */
    public record ModelFiles(Path model, Path tokenizer) {
    }

    private SentenceModel() {
    }

    /**
     * Checks that {@code model} can be a sentence model: an existing {@code .onnx} or {@code .cgraph} file with
     * {@value #TOKENIZER} in the same folder.
     *
     * @throws ModelFormatException naming the missing or unsuitable file
     */
    public static void check(Path model) {
        if (Files.isDirectory(model)) {
            throw new ModelFormatException(model, "is a folder; choose the sentence model's .onnx or .cgraph file in"
                    + " it (with its " + TOKENIZER + " beside it)");
        }
        if (!Files.isRegularFile(model)) {
            throw new ModelFormatException(model, "no such file");
        }
        if (!isOnnx(model) && !isCgraph(model)) {
            throw new ModelFormatException(model, "a sentence model must be an .onnx or a .cgraph file");
        }
        Path tokenizer = tokenizerOf(model);
        if (!Files.isRegularFile(tokenizer)) {
            throw new ModelFormatException(tokenizer, "missing: a sentence model needs its HuggingFace " + TOKENIZER
                    + " in the same folder" + likelyTokenizer(tokenizer.getParent()));
        }
    }

    /** A differently named tokenizer beside the model (jars ship {@code <model>-tokenizer.json}), as a hint. */
    private static String likelyTokenizer(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.toLowerCase(Locale.ROOT).matches(".*tokenizer.*\\.json")).sorted().findFirst()
                    .map(n -> "; " + n + " is there: rename or copy it to " + TOKENIZER).orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Which model {@code model} is (the bundled one when empty), for recording and comparing what embedded the
     * concepts; {@link #check} it first.
     */
    public static ModelIdentity identity(Optional<Path> model) {
        return model.map(ModelIdentity::of).orElseGet(DefaultModel::identity);
    }

    /**
     * The files of {@code model} (empty for the bundled one), converting an {@code .onnx} into {@code dataDir}
     * first if that was not done for this version of the file. Serialised, so two callers never convert at once.
     *
     * @param dataDir the data folder; null for an in-memory engine, which can only use a {@code .cgraph}
     * @throws ModelFormatException if the model is missing, unsuitable or cannot be converted
     */
    public static synchronized ModelFiles prepare(Optional<Path> model, Path dataDir, ConversionListener listener) {
        if (model.isPresent()) {
            check(model.get());
            if (isCgraph(model.get())) {
                return new ModelFiles(model.get(), tokenizerOf(model.get()));
            }
        }
        if (dataDir == null) {
            throw new ModelFormatException(model.orElse(Path.of(DefaultModel.NAME)), "an in-memory engine has no data"
                    + " folder to convert the sentence model into; open a data folder or choose a .cgraph");
        }
        return model.isEmpty() ? DefaultModel.prepare(dataDir, listener) : converted(model.get(), dataDir, listener);
    }

    private static ModelFiles converted(Path onnx, Path dataDir, ConversionListener listener) {
        String stem = onnx.getFileName().toString().replaceFirst("(?i)\\.onnx$", "");
        Path dir = dataDir.resolve("models").resolve(stem + "-" + pathHash(onnx));
        Path cgraph = dir.resolve(stem + ".cgraph");
        Path ready = dir.resolve(READY);
        try {
            String version = version(onnx);
            Path mini = dir.resolve(stem + ".mini.cgraph");
            if (Files.isRegularFile(ready) && Files.readString(ready).equals(version)) {
                return new ModelFiles(mini, tokenizerOf(onnx));
            }
            Files.createDirectories(dir);
            Files.deleteIfExists(ready);
            ConversionResult result = OnnxConverter.convert(onnx, cgraph, new CapsuleMode.Auto(), listener);
            Files.writeString(ready, version);
            return new ModelFiles(result.mini(), tokenizerOf(onnx));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot convert the sentence model " + onnx + " into " + dir, e);
        }
    }

    /** What tells a changed file from the one converted before; written last, so a half conversion is redone. */
    private static String version(Path onnx) throws IOException {
        return onnx.toAbsolutePath().normalize() + "\n" + Files.size(onnx) + "\n"
                + Files.getLastModifiedTime(onnx).toMillis() + "\n";
    }

    /** Two chosen models named alike (HuggingFace exports are all {@code model.onnx}) get their own folders. */
    private static String pathHash(Path onnx) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    onnx.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static Path tokenizerOf(Path model) {
        return model.toAbsolutePath().resolveSibling(TOKENIZER);
    }

    private static boolean isOnnx(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".onnx");
    }

    private static boolean isCgraph(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".cgraph");
    }
}
