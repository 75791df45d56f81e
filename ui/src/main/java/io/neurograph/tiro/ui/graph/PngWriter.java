package io.neurograph.tiro.ui.graph;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes 8-bit RGBA PNG files. javafx.swing (SwingFXUtils + ImageIO) is not on the class path and a jlinked
 * runtime need not carry java.desktop, so the export encodes the few chunks it needs itself.
 */
final class PngWriter {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int BIT_DEPTH = 8;
    private static final int COLOUR_TYPE_RGBA = 6;

    private PngWriter() {
    }

    /** @param argb {@code width × height} pixels, row by row, as {@code PixelFormat.getIntArgbInstance()} gives them */
    static void write(int width, int height, int[] argb, OutputStream out) throws IOException {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("Expected " + width + " × " + height + " pixels, got " + argb.length);
        }
        DataOutputStream png = new DataOutputStream(out);
        png.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {BIT_DEPTH, COLOUR_TYPE_RGBA, 0, 0, 0}); // deflate, adaptive filtering, no interlace
        chunk(png, "IHDR", header.toByteArray());
        chunk(png, "IDAT", pixels(width, height, argb));
        chunk(png, "IEND", new byte[0]);
        png.flush();
    }

    private static byte[] pixels(int width, int height, int[] argb) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed)) {
            byte[] row = new byte[1 + 4 * width]; // filter byte 0 (none), then R G B A
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int p = argb[y * width + x];
                    int i = 1 + 4 * x;
                    row[i] = (byte) (p >>> 16);
                    row[i + 1] = (byte) (p >>> 8);
                    row[i + 2] = (byte) p;
                    row[i + 3] = (byte) (p >>> 24);
                }
                deflate.write(row);
            }
        }
        return compressed.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
