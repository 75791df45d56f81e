package io.neurograph.engine.capsule.cgraph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/** CRC32C and SHA-256 as the manifest spells them: fixed-width lowercase hex. */
final class Checksums {
    private static final HexFormat HEX = HexFormat.of();

    private Checksums() {
    }

    static String hex(CRC32C crc) {
        return hex((int) crc.getValue());
    }

    static String hex(int crc) {
        return HEX.toHexDigits(crc);
    }

    static int crc32c(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    static String sha256(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** True if {@code s} is exactly {@code digits} lowercase hex digits (so it compares as a string). */
    static boolean isLowerHex(String s, int digits) {
        if (s == null || s.length() != digits) {
            return false;
        }
        for (byte b : s.getBytes(StandardCharsets.ISO_8859_1)) {
            if (!(b >= '0' && b <= '9' || b >= 'a' && b <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
