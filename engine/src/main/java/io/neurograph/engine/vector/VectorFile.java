package io.neurograph.engine.vector;

import io.neurograph.engine.util.LongIntHashMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A memory-mapped file of vectors, one row per token: append-only, with a committed row count in the header so
 * that a crash never exposes a half-written row. Layout (little-endian, documented in docs/engine.md): a 64-byte
 * header, then fixed-size rows of token id (8 bytes), norm (4), scale (4, 1 for FLOAT32) and the payload, padded
 * to a multiple of 16 bytes. The file grows by remapping in chunks; rows are never copied onto the heap.
 *
 * <p>Threads: reads ({@code get}, {@code tokenId}, {@code rowOf}, index searches) may run concurrently with each
 * other; {@code append}, {@code commit}, {@code truncate} and {@code close} need the file to themselves.
 */
public final class VectorFile implements AutoCloseable {
    static final int HEADER_BYTES = 64;
    static final long NORM_OFFSET = 8;
    static final long SCALE_OFFSET = 12;
    static final long PAYLOAD_OFFSET = 16;
    static final int VERSION = 1;
    /** Keeps a row's size within the header's 32-bit field; real embeddings have at most a few thousand. */
    static final int MAX_DIMENSION = 1 << 20;
    static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private static final byte[] MAGIC = "TIROVECS".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION_AT = 8;
    private static final int DIMENSION_AT = 12;
    private static final int ENCODING_AT = 16;
    private static final int ROW_BYTES_AT = 20;
    private static final int COUNT_AT = 24;
    private static final int CAPACITY_AT = 32;
    private static final int FILE_ID_AT = 40;
    private static final long MIN_GROWTH_BYTES = 1L << 20;
    private static final long MAX_GROWTH_BYTES = 64L << 20;

    private final Path file;
    private final FileChannel channel;
    private final int dimension;
    private final VectorEncoding encoding;
    private final long rowBytes;
    private final long fileId;
    private Arena arena;
    private MemorySegment mapping;
    private long capacity;
    private int count;
    private int committed;
    private LongIntHashMap rows;    // token id → row, built on first use
    private byte[] codes;           // INT8 scratch for append
    private boolean closed;

    private VectorFile(Path file, FileChannel channel, int dimension, VectorEncoding encoding, long fileId,
            long capacity, int committed) throws IOException {
        this.file = file;
        this.channel = channel;
        this.dimension = dimension;
        this.encoding = encoding;
        this.rowBytes = rowBytes(dimension, encoding);
        this.fileId = fileId;
        this.count = committed;
        this.committed = committed;
        map(capacity);
    }

    /**
     * Creates a new, empty vector file; fails if {@code file} exists. The header is written to a sibling
     * {@code .partial} file that is moved into place only when complete, so a process killed while creating
     * never leaves a vector file without a valid header.
     */
    public static VectorFile create(Path file, int dimension, VectorEncoding encoding) throws IOException {
        if (dimension <= 0 || dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException(file + ": dimension must be 1.." + MAX_DIMENSION + ", got " + dimension);
        }
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try (VectorFile fresh = new VectorFile(partial, channel, dimension, encoding,
                ThreadLocalRandom.current().nextLong(), 0, 0)) {
            fresh.writeHeader();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        return open(file);
    }

    /** Opens an existing vector file after checking its header; rows past the committed count are ignored. */
    public static VectorFile open(Path file) throws IOException, VectorFileException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            ByteBuffer header = readHeader(file, channel);
            int dimension = header.getInt(DIMENSION_AT);
            VectorEncoding encoding = VectorEncoding.values()[header.getInt(ENCODING_AT)];
            return new VectorFile(file, channel, dimension, encoding, header.getLong(FILE_ID_AT),
                    header.getLong(CAPACITY_AT), (int) header.getLong(COUNT_AT));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    public Path path() {
        return file;
    }

    public int dimension() {
        return dimension;
    }

    public VectorEncoding encoding() {
        return encoding;
    }

    /** Rows visible in this process: the committed ones plus those appended since the last commit. */
    public int count() {
        return count;
    }

    /** Rows that survive a crash: the count written to the header by the last {@link #commit} or {@link #truncate}. */
    public int committedCount() {
        return committed;
    }

    /** Appends a row; it becomes durable with the next {@link #commit}. Each token id may appear once. */
    public void append(long tokenId, float[] vector) {
        ensureOpen();
        checkVector(vector, "the vector for token " + tokenId);
        int existing = rowIndex().get(tokenId);
        if (existing != LongIntHashMap.MISSING) {
            throw new IllegalArgumentException(file + ": token " + tokenId + " already has a vector at row " + existing
                    + "; each token has one vector (truncate first to replace rows)");
        }
        if (count == Integer.MAX_VALUE) {
            throw new IllegalStateException(file + ": full, a vector file holds at most " + Integer.MAX_VALUE + " rows");
        }
        ensureCapacity(count + 1L);
        long at = rowOffset(count);
        mapping.set(LONG, at, tokenId);
        float norm;
        float scale;
        if (encoding == VectorEncoding.FLOAT32) {
            MemorySegment.copy(vector, 0, mapping, FLOAT, at + PAYLOAD_OFFSET, dimension);
            norm = norm(vector);
            scale = 1f;
        } else {
            scale = Quantizer.scale(vector);
            if (codes == null) {
                codes = new byte[dimension];
            }
            norm = scale * Quantizer.quantize(vector, scale, codes);
            MemorySegment.copy(codes, 0, mapping, ValueLayout.JAVA_BYTE, at + PAYLOAD_OFFSET, dimension);
        }
        mapping.set(FLOAT, at + NORM_OFFSET, norm);
        mapping.set(FLOAT, at + SCALE_OFFSET, scale);
        rows.put(tokenId, count);
        count++;
    }

    /** Checkpoint: forces the new rows to disk, then writes and forces the count, so the header never runs ahead. */
    public void commit() throws IOException {
        ensureOpen();
        force(mapping.asSlice(rowOffset(committed), (count - committed) * rowBytes));
        writeCount(count);
    }

    /** Drops the rows from {@code newCount} on (resume after a crash) and commits the shorter file. */
    public void truncate(int newCount) throws IOException {
        ensureOpen();
        if (newCount < 0 || newCount > count) {
            throw new IllegalArgumentException(file + ": cannot truncate to " + newCount + " rows, the file has "
                    + count);
        }
        if (rows != null) {
            for (int row = newCount; row < count; row++) {
                rows.remove(tokenId(row));
            }
        }
        count = newCount;
        writeCount(newCount);
    }

    public long tokenId(int row) {
        return mapping.get(LONG, rowOffset(checkRow(row)));
    }

    /** The row holding {@code tokenId}, or -1. The first call reads every row's token id. */
    public int rowOf(long tokenId) {
        ensureOpen();
        return rowIndex().get(tokenId);
    }

    public float[] get(int row) {
        float[] dst = new float[dimension];
        get(row, dst);
        return dst;
    }

    /** Decodes row {@code row} into {@code dst} (length = dimension). */
    public void get(int row, float[] dst) {
        if (dst.length != dimension) {
            throw new IllegalArgumentException(file + ": destination has " + dst.length + " values, the vectors have "
                    + dimension);
        }
        long at = rowOffset(checkRow(row)) + PAYLOAD_OFFSET;
        if (encoding == VectorEncoding.FLOAT32) {
            MemorySegment.copy(mapping, FLOAT, at, dst, 0, dimension);
        } else {
            float scale = mapping.get(FLOAT, at - PAYLOAD_OFFSET + SCALE_OFFSET);
            for (int i = 0; i < dimension; i++) {
                dst[i] = mapping.get(ValueLayout.JAVA_BYTE, at + i) * scale;
            }
        }
    }

    /**
     * Releases the mapping and trims the file to its committed rows. Rows appended after the last
     * {@link #commit} are discarded, exactly as after a crash.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (channel) {
            if (capacity != committed) {
                mapping.set(LONG, CAPACITY_AT, committed);
                force(mapping.asSlice(0, HEADER_BYTES));
            }
            arena.close();
            channel.truncate(HEADER_BYTES + committed * rowBytes);
        }
    }

    // ---- for the indexes of this package ----

    /** The whole mapping; valid until the next append that grows the file, truncate or close. */
    MemorySegment mapping() {
        ensureOpen();
        return mapping;
    }

    long rowOffset(int row) {
        return HEADER_BYTES + row * rowBytes;
    }

    /** Random id chosen at creation: tells a saved index which file it was built from. */
    long fileId() {
        return fileId;
    }

    /** Throws unless {@code vector} has this file's dimension and only finite values. */
    void checkVector(float[] vector, String what) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException(file + ": " + what + " has " + vector.length
                    + " values, the file holds " + dimension + "-dimensional vectors");
        }
        for (int i = 0; i < vector.length; i++) {
            if (!Float.isFinite(vector[i])) {
                throw new IllegalArgumentException(file + ": value " + i + " of " + what + " is " + vector[i]
                        + "; vectors must be finite");
            }
        }
    }

    /** The Euclidean length of a vector, as stored per row for cosine scoring. */
    public static float norm(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += (double) v * v;
        }
        return (float) Math.sqrt(sum);
    }

    // ---- internals ----

    private int checkRow(int row) {
        ensureOpen();
        if (row < 0 || row >= count) {
            throw new IndexOutOfBoundsException(file + ": row " + row + " is outside 0.." + (count - 1));
        }
        return row;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(file + " is closed");
        }
    }

    private synchronized LongIntHashMap rowIndex() {
        if (rows == null) {
            LongIntHashMap index = new LongIntHashMap(count);
            for (int row = 0; row < count; row++) {
                index.put(mapping.get(LONG, rowOffset(row)), row);
            }
            rows = index;
        }
        return rows;
    }

    // Grows geometrically (at least 1 MiB, at most 64 MiB at a time) so 400 k appends remap a handful of times.
    private void ensureCapacity(long needed) {
        if (needed <= capacity) {
            return;
        }
        long growth = Math.clamp(capacity, Math.max(1, MIN_GROWTH_BYTES / rowBytes), Math.max(1, MAX_GROWTH_BYTES
                / rowBytes));
        long newCapacity = Math.min(Integer.MAX_VALUE, needed + growth);
        try {
            map(newCapacity);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot grow the vector file to " + newCapacity + " rows", e);
        }
        mapping.set(LONG, CAPACITY_AT, newCapacity);
    }

    private void map(long newCapacity) throws IOException {
        Arena next = Arena.ofShared();
        try {
            mapping = channel.map(FileChannel.MapMode.READ_WRITE, 0, HEADER_BYTES + newCapacity * rowBytes, next);
        } catch (IOException | RuntimeException e) {
            next.close();
            throw e;
        }
        if (arena != null) {
            arena.close();
        }
        arena = next;
        capacity = newCapacity;
    }

    private void writeHeader() throws IOException {
        MemorySegment.copy(MAGIC, 0, mapping, ValueLayout.JAVA_BYTE, 0, MAGIC.length);
        mapping.set(INT, VERSION_AT, VERSION);
        mapping.set(INT, DIMENSION_AT, dimension);
        mapping.set(INT, ENCODING_AT, encoding.ordinal());
        mapping.set(INT, ROW_BYTES_AT, (int) rowBytes);
        mapping.set(LONG, CAPACITY_AT, capacity);
        mapping.set(LONG, FILE_ID_AT, fileId);
        writeCount(0);
    }

    private void writeCount(int newCount) throws IOException {
        mapping.set(LONG, COUNT_AT, newCount);
        force(mapping.asSlice(0, HEADER_BYTES));
        committed = newCount;
    }

    private static void force(MemorySegment slice) throws IOException {
        try {
            slice.force();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Size of a committed file of {@code rows} vectors, for estimates before anything is written. */
    public static long fileBytes(long rows, int dimension, VectorEncoding encoding) {
        return HEADER_BYTES + rows * rowBytes(dimension, encoding);
    }

    private static long rowBytes(int dimension, VectorEncoding encoding) {
        long raw = PAYLOAD_OFFSET + encoding.payloadBytes(dimension);
        return (raw + 15) & ~15L;
    }

    private static ByteBuffer readHeader(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < HEADER_BYTES) {
            throw VectorFileException.header(file, "magic", "the file has " + size + " bytes, less than the "
                    + HEADER_BYTES + "-byte header: it is not a Tiro vector file or was cut short; delete it and import"
                    + " again");
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        while (header.hasRemaining()) {
            channel.read(header, header.position());
        }
        byte[] magic = new byte[MAGIC.length];
        header.get(0, magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw VectorFileException.header(file, "magic", "expected \"TIROVECS\", found bytes "
                    + HexFormat.ofDelimiter(" ").formatHex(magic) + ": not a Tiro vector file; check the path");
        }
        int version = header.getInt(VERSION_AT);
        if (version != VERSION) {
            throw VectorFileException.header(file, "version", "expected " + VERSION + ", found " + version
                    + (version > VERSION ? ": written by a newer Tiro; update Tiro" : ": damaged header")
                    + " or delete the file and import again");
        }
        int dimension = header.getInt(DIMENSION_AT);
        if (dimension <= 0 || dimension > MAX_DIMENSION) {
            throw corrupt(file, "dimension", "1.." + MAX_DIMENSION, dimension);
        }
        int encoding = header.getInt(ENCODING_AT);
        if (encoding < 0 || encoding >= VectorEncoding.values().length) {
            throw corrupt(file, "encoding", "0 (FLOAT32) or 1 (INT8)", encoding);
        }
        long rowBytes = rowBytes(dimension, VectorEncoding.values()[encoding]);
        int foundRowBytes = header.getInt(ROW_BYTES_AT);
        if (foundRowBytes != rowBytes) {
            throw corrupt(file, "rowBytes", rowBytes + " for " + dimension + " dimensions in "
                    + VectorEncoding.values()[encoding], foundRowBytes);
        }
        long capacity = header.getLong(CAPACITY_AT);
        long room = (size - HEADER_BYTES) / rowBytes;
        if (capacity < 0 || capacity > Math.min(room, Integer.MAX_VALUE)) {
            throw corrupt(file, "capacity", "0.." + Math.min(room, Integer.MAX_VALUE) + " rows for a file of " + size
                    + " bytes", capacity);
        }
        long count = header.getLong(COUNT_AT);
        if (count < 0 || count > capacity) {
            throw corrupt(file, "count", "0.." + capacity + " (the capacity)", count);
        }
        return header;
    }

    private static VectorFileException corrupt(Path file, String field, String expected, long found) {
        return VectorFileException.header(file, field, "expected " + expected + ", found " + found
                + ": the file is damaged; delete it and import again");
    }
}
