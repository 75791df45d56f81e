package io.neurograph.engine.capsule.cgraph;

/** A capsule's contiguous byte range in the full file, padding included; crc32c as 8 lowercase hex digits. */
public record Region(long offset, long length, String crc32c) {

    public long end() {
        return offset + length;
    }
}
