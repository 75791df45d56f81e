package io.neurograph.engine.bootstrap;

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
 */
public record SourceIdentity(String kind, String path, long size, long modifiedMillis, String sha256) {
    public static final int HEAD_BYTES = 1 << 20;

    /** The identity of a file read as {@code kind}. */
    public static SourceIdentity ofFile(String kind, Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        MessageDigest digest = newDigest();
        addHead(digest, absolute);
        return new SourceIdentity(kind, absolute.toString(), Files.size(absolute),
                Files.getLastModifiedTime(absolute).toMillis(), HexFormat.of().formatHex(digest.digest()));
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
        return s.isEmpty() ? "" : s.substring(2);
    }
}
