package io.neurograph.engine.capsule.cgraph;

import io.neurograph.engine.capsule.ModelFormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The fixed 64-byte header at the start of every {@code .cgraph} file (layout in docs/cgraph-format.md).
 * It is written last, so it can name the manifest that follows the streamed data.
 */
record CgraphHeader(int major, int minor, int flags, long manifestOffset, long manifestLength, int manifestCrc,
        int alignment, long totalLength) {

    static final int SIZE = 64;
    static final int MAJOR = 1;
    static final int MINOR = 0;
    static final int FLAG_MINI = 1;
    /** Low 16 flag bits: a reader must understand every set bit; high 16 bits may be ignored. */
    static final int REQUIRED_FLAGS = 0xFFFF;
    static final int KNOWN_REQUIRED_FLAGS = FLAG_MINI;
    static final int ALIGNMENT = 4096;
    static final int MAX_ALIGNMENT = 1 << 30;
    static final long MAX_MANIFEST_LENGTH = 256L << 20;

    private static final byte[] MAGIC = {(byte) 0x89, 'C', 'G', 'R', 'A', 'P', 'H', '\n'};
    private static final int AT_VERSION = 8;
    private static final int AT_FLAGS = 12;
    private static final int AT_MANIFEST = 16;
    private static final int AT_ALIGNMENT = 36;
    private static final int AT_TOTAL = 40;
    private static final int AT_HEADER_CRC = 60;

    static CgraphHeader of(boolean mini, long manifestOffset, long manifestLength, int manifestCrc, int alignment,
            long totalLength) {
        return new CgraphHeader(MAJOR, MINOR, mini ? FLAG_MINI : 0, manifestOffset, manifestLength, manifestCrc,
                alignment, totalLength);
    }

    /** True if {@code start} (the first bytes of a file) begins with the .cgraph magic. */
    static boolean hasMagic(byte[] start) {
        return start.length >= MAGIC.length && Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /**
     * True if the file starts with the magic and has the mini flag set, whatever else is damaged: the
     * test repair uses before overwriting a mini it cannot open.
     */
    static boolean looksLikeMini(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(AT_FLAGS + 4);
            return start.length == AT_FLAGS + 4 && hasMagic(start)
                    && (ByteBuffer.wrap(start).order(ByteOrder.LITTLE_ENDIAN).getInt(AT_FLAGS) & FLAG_MINI) != 0;
        } catch (IOException e) {
            return false;
        }
    }

    boolean mini() {
        return (flags & FLAG_MINI) != 0;
    }

    ByteBuffer encode() {
        ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putShort((short) major).putShort((short) minor).putInt(flags)
                .putLong(manifestOffset).putLong(manifestLength).putInt(manifestCrc).putInt(alignment)
                .putLong(totalLength);
        b.putInt(AT_HEADER_CRC, Checksums.crc32c(b.array(), 0, AT_HEADER_CRC));
        return b.rewind();
    }

    /** Decodes and checks a header; {@code b} holds the first 64 bytes of a file of {@code fileSize} bytes. */
    static CgraphHeader decode(Path file, ByteBuffer b, long fileSize) {
        b.order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[MAGIC.length];
        b.get(0, magic);
        if (!Arrays.equals(magic, MAGIC)) {
            boolean textMode = Arrays.equals(magic, 0, 7, MAGIC, 0, 7) && magic[7] == '\r';
            throw new ModelFormatException(file, 0, textMode
                    ? "not a .cgraph file: line endings were converted (copied in text mode?)"
                    : "not a .cgraph file (wrong magic)");
        }
        int major = Short.toUnsignedInt(b.getShort(AT_VERSION));
        int minor = Short.toUnsignedInt(b.getShort(AT_VERSION + 2));
        if (major != MAJOR) {
            throw new ModelFormatException(file, AT_VERSION, "unsupported .cgraph version " + major + "." + minor
                    + " (this reader supports " + MAJOR + ".x)");
        }
        int storedCrc = b.getInt(AT_HEADER_CRC);
        CRC32C crc = new CRC32C();
        crc.update(b.slice(0, AT_HEADER_CRC));
        if ((int) crc.getValue() != storedCrc) {
            throw new ModelFormatException(file, AT_HEADER_CRC, "header checksum mismatch (stored "
                    + Checksums.hex(storedCrc) + ", computed " + Checksums.hex(crc) + ")");
        }
        int flags = b.getInt(AT_FLAGS);
        int unknownRequired = flags & REQUIRED_FLAGS & ~KNOWN_REQUIRED_FLAGS;
        if (unknownRequired != 0) {
            throw new ModelFormatException(file, AT_FLAGS, "file requires features this reader does not know (flags 0x"
                    + Integer.toHexString(unknownRequired) + ")");
        }
        int alignment = b.getInt(AT_ALIGNMENT);
        if (alignment < ALIGNMENT || alignment > MAX_ALIGNMENT || Integer.bitCount(alignment) != 1) {
            throw new ModelFormatException(file, AT_ALIGNMENT, "alignment " + Integer.toUnsignedString(alignment)
                    + " is not a power of two between " + ALIGNMENT + " and " + MAX_ALIGNMENT);
        }
        long total = b.getLong(AT_TOTAL);
        if (total != fileSize) {
            throw new ModelFormatException(file, AT_TOTAL, "header says the file is " + Long.toUnsignedString(total)
                    + " bytes but it is " + fileSize + " (truncated or appended to)");
        }
        long manifestOffset = b.getLong(AT_MANIFEST);
        long manifestLength = b.getLong(AT_MANIFEST + 8);
        if (manifestLength <= 0 || manifestLength > MAX_MANIFEST_LENGTH) {
            throw new ModelFormatException(file, AT_MANIFEST + 8, "manifest length "
                    + Long.toUnsignedString(manifestLength) + " is not between 1 and " + MAX_MANIFEST_LENGTH);
        }
        if (manifestOffset < SIZE || manifestOffset > fileSize - manifestLength) {
            throw new ModelFormatException(file, AT_MANIFEST, "manifest at " + Long.toUnsignedString(manifestOffset)
                    + " (+" + manifestLength + " bytes) is not inside the file's " + fileSize + " bytes after the header");
        }
        return new CgraphHeader(major, minor, flags, manifestOffset, manifestLength, b.getInt(AT_MANIFEST + 16),
                alignment, total);
    }
}
