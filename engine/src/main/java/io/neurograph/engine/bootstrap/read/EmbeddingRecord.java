package io.neurograph.engine.bootstrap.read;

/**
 * One word and its vector; the array is new for every record and belongs to the caller.
 *
 * @param line the 1-based line of the word in a text file (the header is line 1), or its 1-based record number in a
 *             binary file
 */
public record EmbeddingRecord(String word, float[] vector, long line) {
}
