package io.neurograph.engine.capsule.convert;

import io.neurograph.engine.capsule.cgraph.CgraphManifest;
import java.nio.file.Path;

/** What a conversion wrote: the full and mini files, the full file's manifest, bytes written and time taken. */
public record ConversionResult(Path full, Path mini, CgraphManifest manifest, long bytesWritten, long nanos) {
}
