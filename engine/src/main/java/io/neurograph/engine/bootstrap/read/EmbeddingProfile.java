package io.neurograph.engine.bootstrap.read;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link EmbeddingSniffer} found out about an embedding file before any work starts.
 *
 * @param declaredCount  the vector count of the {@code N D} header, or -1 when the format has no header
 * @param estimatedCount the declared count, or else the file size divided by the average length of the sampled lines
 * @param encoding       always "UTF-8" (the only encoding accepted; a byte order mark is tolerated)
 * @param crlf           true when the first line ends with "\r\n" (the reader accepts both line ends anywhere)
 * @param sampleWords    the first few words, decoded
 */
public record EmbeddingProfile(Path file, EmbeddingFormat format, int dimension, long declaredCount,
        long estimatedCount, long fileBytes, String encoding, boolean crlf, List<String> sampleWords) {
    public EmbeddingProfile {
        sampleWords = List.copyOf(sampleWords);
    }
}
