package io.neurograph.engine.capsule.convert;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.cgraph.CgraphFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/** The model file formats Tiro reads, recognised by their first bytes (ONNX, which has no magic, by name). */
public enum ModelFormat {
    ONNX, GGUF, CGRAPH;

    private static final byte[] GGUF_MAGIC = {'G', 'G', 'U', 'F'};
    /** ONNX files are protobuf; every writer starts with field 1 (ir_version) as a varint: key byte 0x08. */
    private static final int ONNX_FIRST_BYTE = 0x08;

    /**
     * @throws ModelFormatException if the file is missing, empty or in none of the formats
     */
    public static ModelFormat detect(Path file) {
        if (Files.isDirectory(file)) {
            throw new ModelFormatException(file, "is a folder, not a model file");
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(8);
        } catch (NoSuchFileException e) {
            throw new ModelFormatException(file, "file not found");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (start.length == 0) {
            throw new ModelFormatException(file, "file is empty");
        }
        if (start.length >= 4 && Arrays.equals(start, 0, 4, GGUF_MAGIC, 0, 4)) {
            return GGUF;
        }
        if (CgraphFile.hasMagic(start)) {
            return CGRAPH;
        }
        if (start[0] == ONNX_FIRST_BYTE) {
            return ONNX;
        }
        String bytes = HexFormat.ofDelimiter(" ").formatHex(start);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".onnx")) {
            throw new ModelFormatException(file, "not an ONNX model: ONNX files start with the IR version field "
                    + "(byte 08), this one starts with bytes " + bytes);
        }
        throw new ModelFormatException(file, "not an ONNX, GGUF or .cgraph file (starts with bytes " + bytes + ")");
    }
}
