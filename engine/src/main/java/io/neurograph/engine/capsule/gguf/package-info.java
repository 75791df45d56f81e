/**
 * GGUF files: {@link io.neurograph.engine.capsule.gguf.GgufReader} reads and validates the header,
 * typed metadata and tensor infos (v2/v3, little-endian), {@link io.neurograph.engine.capsule.gguf.GgufWriter}
 * writes the same layout as gguf-py, {@link io.neurograph.engine.capsule.gguf.GgmlDequantizer} turns
 * F32/F16/BF16 and the Q8_0, Q4_0, Q4_1, Q5_0, Q5_1, Q4_K and Q6_K block formats into floats.
 */
package io.neurograph.engine.capsule.gguf;
