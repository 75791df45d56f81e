package io.neurograph.engine.capsule.cgraph;

/**
 * In a mini file: the full file's path relative to the mini's folder ('/' separators), its size in bytes
 * and the SHA-256 (64 lowercase hex digits) of the full file's manifest bytes.
 */
public record FullFileRef(String path, long size, String manifestSha256) {
}
