package io.neurograph.engine.bootstrap.read;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A forward-only window over a file for byte-level parsing: {@code buf[pos, limit)} holds the unread bytes that
 * start at file offset {@link #offset()}. The window grows only when one line or record does not fit, up to a
 * fixed cap, so memory stays bounded whatever the file size.
 */
final class FileBytes implements Closeable {
    /** {@link #indexOf} found no such byte before the end of the file. */
    static final int END = -1;
    /** {@link #indexOf} found no such byte within the allowed distance. */
    static final int TOO_FAR = -2;

    private static final int CHUNK = 1 << 20;
    private static final int MAX_LINE_BYTES = 64 << 20;

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path file;
    private final FileChannel channel;
    private byte[] buf = new byte[CHUNK];
    private int pos;
    private int limit;
    private long base;      // file offset of buf[0]
    private boolean eof;

    FileBytes(Path file, long startOffset) throws IOException {
        this.file = file;
        channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(startOffset);
        base = startOffset;
    }

    byte[] buf() {
        return buf;
    }

    int pos() {
        return pos;
    }

    int limit() {
        return limit;
    }

    /** Marks {@code buf[pos, newPos)} as consumed. */
    void consumeTo(int newPos) {
        pos = newPos;
    }

    /** The file offset of {@code buf[pos]}. */
    long offset() {
        return base + pos;
    }

    /** Skips a UTF-8 byte order mark at the read position, if there is one. */
    void skipByteOrderMark() throws IOException {
        if (request(BYTE_ORDER_MARK.length) && buf[pos] == BYTE_ORDER_MARK[0] && buf[pos + 1] == BYTE_ORDER_MARK[1]
                && buf[pos + 2] == BYTE_ORDER_MARK[2]) {
            pos += BYTE_ORDER_MARK.length;
        }
    }

    /**
     * The index of the '\n' ending the text line that starts at the read position, or {@link #END} when the file ends
     * first (a last line without '\n' is then {@code buf[pos, limit)}).
     *
     * @param line the line's number, for the error when it is absurdly long
     */
    int lineEnd(long line) throws IOException, EmbeddingFormatException {
        int end = indexOf((byte) '\n', MAX_LINE_BYTES);
        if (end == TOO_FAR) {
            throw new EmbeddingFormatException(file, line,
                    "the line is longer than " + (MAX_LINE_BYTES >> 20) + " MiB; this is not an embedding text file");
        }
        return end;
    }

    /**
     * Makes at least {@code n} unread bytes available in {@code buf[pos, limit)}, reading (and, if needed,
     * moving and growing the window); false if the file ends first. May change {@code buf} and {@code pos}.
     */
    boolean request(int n) throws IOException {
        while (limit - pos < n) {
            if (eof) {
                return false;
            }
            fill(n);
        }
        return true;
    }

    /**
     * The index in {@code buf} of the first {@code target} byte at or after {@code pos}, reading as needed; or
     * {@link #END} when the file ends first (the rest of the file is then in {@code buf[pos, limit)}), or
     * {@link #TOO_FAR} when none occurs within {@code maxDistance} bytes. May change {@code buf} and {@code pos}.
     */
    int indexOf(byte target, int maxDistance) throws IOException {
        int scanned = 0;
        while (true) {
            int found = scan(target, pos + scanned, limit);
            if (found >= 0) {
                return found - pos <= maxDistance ? found : TOO_FAR;
            }
            scanned = limit - pos;
            if (scanned > maxDistance) {
                return TOO_FAR;
            }
            if (eof) {
                return END;
            }
            fill(scanned + 1);
        }
    }

    /** The index of the first {@code target} in {@code buf[from, to)}, or -1; eight bytes at a time. */
    private int scan(byte target, int from, int to) {
        long pattern = Swar.broadcast(target);
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            int found = Swar.firstEqual(Swar.load(buf, i), pattern);
            if (found < Long.BYTES) {
                return i + found;
            }
        }
        for (; i < to; i++) {
            if (buf[i] == target) {
                return i;
            }
        }
        return -1;
    }

    /** Reads at least one more byte unless at the end, with room for {@code needed} unread bytes. */
    private void fill(int needed) throws IOException {
        if (pos > 0 && (limit == buf.length || buf.length - pos < needed)) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            base += pos;
            limit -= pos;
            pos = 0;
        }
        if (buf.length < needed || limit == buf.length) {
            byte[] bigger = new byte[Math.max(needed, buf.length * 2)];
            System.arraycopy(buf, 0, bigger, 0, limit);
            buf = bigger;
        }
        int n = channel.read(ByteBuffer.wrap(buf, limit, buf.length - limit));
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
