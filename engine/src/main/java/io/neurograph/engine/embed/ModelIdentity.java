package io.neurograph.engine.embed;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.cgraph.CgraphFile;
import io.neurograph.engine.capsule.cgraph.ModelInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Which sentence model embedded something: the SHA-256 of its source {@code .onnx} (for a {@code .cgraph}, the
 * one its manifest records, so a model and its conversion are the same model) and a name for messages. Two
 * identities are the same model when their hashes are equal; the name only says which file it was.
 *
 * @param name   the model's name, e.g. {@code all-minilm-l6-v2-q}
 * @param sha256 hex SHA-256 of the source model file
 */
public record ModelIdentity(String name, String sha256) {

    /**
     * The identity of a chosen model file: an {@code .onnx} is hashed (tens of MB: a fraction of a second), a
     * {@code .cgraph} answers from its manifest.
     *
     * @throws ModelFormatException if the file cannot be read as either
     */
    public static ModelIdentity of(Path model) {
        String file = model.getFileName().toString();
        if (file.toLowerCase(Locale.ROOT).endsWith(".cgraph")) {
            try (CgraphFile cgraph = CgraphFile.open(model)) {
                ModelInfo info = cgraph.manifest().model();
                return new ModelIdentity(info.name(), info.sourceSha256());
            }
        }
        try (InputStream in = Files.newInputStream(model)) {
            return new ModelIdentity(file.replaceFirst("(?i)\\.onnx$", ""), sha256(in));
        } catch (IOException e) {
            throw new ModelFormatException(model, "cannot read the sentence model (" + e.getMessage() + ")", e);
        }
    }

    /** True if both name the same model file content. */
    public boolean sameModel(ModelIdentity other) {
        return sha256.equals(other.sha256);
    }

    /** E.g. {@code all-minilm-l6-v2-q (sha256 5b1e3c0d4a2f…)}. */
    public String describe() {
        return name + " (sha256 " + sha256.substring(0, Math.min(12, sha256.length())) + "…)";
    }

    static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream hashing = new DigestInputStream(in, digest)) {
                hashing.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
