package io.neurograph.engine.bootstrap;

import io.neurograph.engine.embed.ModelIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What a bootstrap was started from, kept in {@code job.json}: a resumed job must see the same
 * source. For a file: its absolute path, size, modification time and the SHA-256 of its first
 * MiB, so an edited, replaced or truncated file is noticed without reading all of it.
 *
 * @param kind           "embedding-file" or "default-vocabulary"
 * @param path           the file (for the vocabulary: "the default vocabulary")
 * @param size           bytes (for the vocabulary: number of words)
 * @param modifiedMillis last modification time in ms since the epoch (vocabulary: 0)
 * @param sha256         hex SHA-256 of the first {@value #HEAD_BYTES} bytes (vocabulary: of the
 *                       tokenizer.json and the word list)
 * @param model          the sentence model that embedded the words (vocabulary only; null for a file, whose
 *                       vectors come with it)
 */
public record SourceIdentity(String kind, String path, long size, long modifiedMillis, String sha256,
        ModelIdentity model) {
    public static final int HEAD_BYTES = 1 << 20;

    /** The identity of a file read as {@code kind}. */
    public static SourceIdentity ofFile(String kind, Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        MessageDigest digest = newDigest();
        addHead(digest, absolute);
        return new SourceIdentity(kind, absolute.toString(), Files.size(absolute),
                Files.getLastModifiedTime(absolute).toMillis(), HexFormat.of().formatHex(digest.digest()), null);
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }

    /** Feeds the first {@value #HEAD_BYTES} bytes of {@code file} to {@code digest}. */
    static void addHead(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readNBytes(HEAD_BYTES));
        }
    }

    /** True if both are the same source: equal but for the model's name (a renamed file is the same model). */
    public boolean sameAs(SourceIdentity other) {
        return differences(other).isEmpty();
    }

    /** True if the same sentence model (or none) embedded both. */
    boolean sameModel(SourceIdentity other) {
        return model == null ? other.model == null : other.model != null && model.sameModel(other.model);
    }

    private static String describe(ModelIdentity model) {
        return model == null ? "none" : model.describe();
    }

    /** The fields that differ from {@code other}, for messages; empty when equal. */
    String differences(SourceIdentity other) {
        StringBuilder s = new StringBuilder();
        if (!kind.equals(other.kind)) {
            s.append(", kind ").append(kind).append(" vs ").append(other.kind);
        }
        if (!path.equals(other.path)) {
            s.append(", path ").append(path).append(" vs ").append(other.path);
        }
        if (size != other.size) {
            s.append(", size ").append(size).append(" vs ").append(other.size);
        }
        if (modifiedMillis != other.modifiedMillis) {
            s.append(", modified ").append(Instant.ofEpochMilli(modifiedMillis)).append(" vs ")
                    .append(Instant.ofEpochMilli(other.modifiedMillis));
        }
        if (!sha256.equals(other.sha256)) {
            s.append(", content of the first MiB");
        }
        if (!sameModel(other)) {
            s.append(", sentence model ").append(describe(model)).append(" vs ").append(describe(other.model));
        }
        return s.isEmpty() ? "" : s.substring(2);
    }
}
