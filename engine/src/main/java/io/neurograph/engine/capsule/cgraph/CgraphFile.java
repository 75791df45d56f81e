package io.neurograph.engine.capsule.cgraph;

import io.neurograph.engine.capsule.ModelFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * An opened full or mini {@code .cgraph} file whose header and manifest have been validated (see
 * docs/cgraph-format.md): every offset and length in {@link #manifest()} is inside its file, aligned and
 * free of overlaps. Tensor bytes are not read here: users map the full file and take each tensor at its
 * offset. Holds the file open until {@link #close}.
 */
public final class CgraphFile implements AutoCloseable {
    /** What to do when a mini's full file is missing, moved or re-converted. */
    static final String STALE_FULL_FILE_HINT =
            "; if it was moved run tiro verify MINI --repair --full NEW_PATH, else re-convert the model";

    private final Path path;
    private final FileChannel channel;
    private final CgraphHeader header;
    private final CgraphManifest manifest;
    private final String manifestSha256;
    private final Path fullPath;

    private CgraphFile(Path path, FileChannel channel, CgraphHeader header, CgraphManifest manifest,
            String manifestSha256, Path fullPath) {
        this.path = path;
        this.channel = channel;
        this.header = header;
        this.manifest = manifest;
        this.manifestSha256 = manifestSha256;
        this.fullPath = fullPath;
    }

    /**
     * Opens and validates {@code file}.
     *
     * @throws ModelFormatException if the file is missing, not a .cgraph file, of an unsupported version,
     *         truncated, corrupted or inconsistent
     */
    public static CgraphFile open(Path file) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new ModelFormatException(file, "file not found");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
        try {
            return read(file, channel);
        } catch (RuntimeException e) {
            closeQuietly(channel, e);
            throw e;
        }
    }

    /** True if {@code start}, the first bytes of a file, is the beginning of a .cgraph file. */
    public static boolean hasMagic(byte[] start) {
        return CgraphHeader.hasMagic(start);
    }

    private static CgraphFile read(Path file, FileChannel channel) {
        long size = size(file, channel);
        if (size < CgraphHeader.SIZE) {
            throw new ModelFormatException(file, "file is " + size + " bytes, shorter than the "
                    + CgraphHeader.SIZE + "-byte .cgraph header");
        }
        CgraphHeader header = CgraphHeader.decode(file, readFully(file, channel, 0, CgraphHeader.SIZE), size);
        ByteBuffer json = readFully(file, channel, header.manifestOffset(), (int) header.manifestLength());
        CRC32C crc = new CRC32C();
        crc.update(json.duplicate());
        if ((int) crc.getValue() != header.manifestCrc()) {
            throw new ModelFormatException(file, header.manifestOffset(), "manifest checksum mismatch (header says "
                    + Checksums.hex(header.manifestCrc()) + ", computed " + Checksums.hex(crc) + ")");
        }
        byte[] bytes = json.array();
        CgraphManifest manifest = CgraphJson.read(file, header.manifestOffset(), bytes);
        ManifestValidator.validate(file, header, manifest);
        Path full = header.mini() ? resolveFull(file, header, manifest.fullFile()) : file;
        return new CgraphFile(file, channel, header, manifest, Checksums.sha256(bytes), full);
    }

    private static Path resolveFull(Path mini, CgraphHeader header, FullFileRef ref) {
        Path dir = mini.toAbsolutePath().getParent();
        try {
            for (String part : ref.path().split("/")) {
                dir = dir.resolve(part);
            }
        } catch (InvalidPathException e) {
            throw new ModelFormatException(mini, header.manifestOffset(), "manifest: full_file.path '" + ref.path()
                    + "' is not a valid path here");
        }
        return dir.normalize();
    }

    public Path path() {
        return path;
    }

    public boolean isMini() {
        return header.mini();
    }

    public CgraphManifest manifest() {
        return manifest;
    }

    /** The alignment of tensors and regions in the full file (4096 for files written by this version). */
    public int alignment() {
        return header.alignment();
    }

    /**
     * The capsule's graph blob read from this file (mini or full), checked against its crc32c.
     *
     * @throws ModelFormatException if the bytes do not match the checksum
     */
    public byte[] graphBlob(CapsuleSpec capsule) {
        BlobRef ref = ownCapsule(capsule).graph();
        if (ref.length() > Integer.MAX_VALUE - 8) {
            throw new ModelFormatException(path, ref.offset(), "graph blob of " + ref.length() + " bytes is too large");
        }
        ByteBuffer blob = readFully(path, channel, ref.offset(), (int) ref.length());
        CRC32C crc = new CRC32C();
        crc.update(blob.duplicate());
        if (!Checksums.hex(crc).equals(ref.crc32c())) {
            throw new ModelFormatException(path, ref.offset(), "graph blob of capsule " + capsule.index() + " '"
                    + capsule.name() + "' is corrupted (crc32c " + Checksums.hex(crc) + ", expected " + ref.crc32c()
                    + ")");
        }
        return blob.array();
    }

    /**
     * This file if it is full; for a mini the referenced full file, checked to exist with the recorded size.
     *
     * @throws ModelFormatException if the full file is missing or has another size
     */
    public Path fullFile() {
        if (!isMini()) {
            return path;
        }
        FullFileRef ref = manifest.fullFile();
        String hint = STALE_FULL_FILE_HINT;
        if (!Files.isRegularFile(fullPath)) {
            throw new ModelFormatException(path, "full file " + ref.path() + " not found (referenced by mini "
                    + path.getFileName() + ")" + hint);
        }
        long size;
        try {
            size = Files.size(fullPath);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + fullPath, e);
        }
        if (size != ref.size()) {
            throw new ModelFormatException(path, "full file " + ref.path() + " is " + size + " bytes but mini "
                    + path.getFileName() + " expects " + ref.size() + " (replaced or changed)" + hint);
        }
        return fullPath;
    }

    /**
     * Opens the full file as a new {@code CgraphFile} the caller closes. For a mini it must be the very file
     * the index was made from (same manifest SHA-256), so a stale index is refused rather than trusted.
     *
     * @throws ModelFormatException if the full file is missing, invalid or not the one indexed
     */
    public CgraphFile openFull() {
        CgraphFile full = open(fullFile());
        if (!isMini()) {
            return full;
        }
        String problem = full.isMini() ? "is itself a mini file"
                : !full.manifestSha256.equals(manifest.fullFile().manifestSha256())
                        ? "is not the file this mini was made from (its manifest changed)" : null;
        if (problem != null) {
            full.close();
            throw new ModelFormatException(path, "full file " + manifest.fullFile().path() + " " + problem
                    + STALE_FULL_FILE_HINT);
        }
        return full;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + path, e);
        }
    }

    /** For a mini the resolved full file path, whether or not it exists. */
    Path fullPathUnchecked() {
        return fullPath;
    }

    /** The file's size in bytes (validated against the header). */
    long size() {
        return header.totalLength();
    }

    long manifestOffset() {
        return header.manifestOffset();
    }

    long manifestLength() {
        return header.manifestLength();
    }

    String manifestSha256() {
        return manifestSha256;
    }

    FileChannel channel() {
        return channel;
    }

    private CapsuleSpec ownCapsule(CapsuleSpec capsule) {
        int i = capsule.index();
        if (i < 0 || i >= manifest.capsules().size() || !manifest.capsules().get(i).graph().equals(capsule.graph())) {
            throw new IllegalArgumentException("capsule " + i + " '" + capsule.name() + "' is not from " + path);
        }
        return manifest.capsules().get(i);
    }

    /** Reads {@code length} bytes at {@code offset}; a short file is a format problem, not an I/O error. */
    static ByteBuffer readFully(Path file, FileChannel channel, long offset, int length) {
        ByteBuffer b = ByteBuffer.allocate(length);
        try {
            while (b.hasRemaining()) {
                if (channel.read(b, offset + b.position()) < 0) {
                    throw new ModelFormatException(file, offset + b.position(), "file ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return b.flip();
    }

    private static long size(Path file, FileChannel channel) {
        try {
            return channel.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }

    private static void closeQuietly(FileChannel channel, RuntimeException pending) {
        try {
            channel.close();
        } catch (IOException e) {
            pending.addSuppressed(e);
        }
    }
}
