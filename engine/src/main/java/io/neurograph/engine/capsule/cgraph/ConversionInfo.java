package io.neurograph.engine.capsule.cgraph;

/** Which tool wrote the file, how the model was split and when ({@code createdAt} in ISO-8601 UTC). */
public record ConversionInfo(String tool, String toolVersion, String capsuleMode, String createdAt) {
}
