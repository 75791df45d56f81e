package io.neurograph.engine.bootstrap.read;

import java.util.List;

/**
 * Counters of one {@link EmbeddingReader} since it was opened (a resumed reader counts from its start offset).
 *
 * @param lines     lines consumed, the header and blank lines included (binary: records consumed)
 * @param records   records returned
 * @param skipped   malformed lines skipped (only with {@link ReadOptions#skipBad()})
 * @param bytesRead bytes consumed from the start offset through the last line consumed; with the elapsed time it
 *                  gives MB/s, and {@link EmbeddingReader#position()} over the file size gives the fraction done
 * @param badLines  the first {@link EmbeddingReader#BAD_LINES_KEPT} skipped lines
 */
public record ReadStats(long lines, long records, long skipped, long bytesRead, List<BadLine> badLines) {
    public ReadStats {
        badLines = List.copyOf(badLines);
    }
}
