package io.neurograph.engine.cdna;

/** A CDNA that was current before, and when (Unix seconds) it was replaced. */
public record CdnaHistoryEntry(Cdna cdna, long savedAt) {
}
