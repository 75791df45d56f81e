package io.neurograph.engine.bootstrap.read;

/** The embedding file layouts the reader understands. */
public enum EmbeddingFormat {
    /** {@code word v1 … vD} per line, no header (Stanford GloVe). */
    GLOVE_TEXT,
    /** A header line {@code N D}, then {@code word v1 … vD} per line. */
    WORD2VEC_TEXT,
    /** A header line {@code N D}, then per record: the word's UTF-8 bytes, a space, D little-endian float32, optionally '\n'. */
    WORD2VEC_BINARY,
    /** fastText's {@code .vec} export: the word2vec text layout, recognised by its file extension. */
    FASTTEXT_VEC;

    /** True for the layouts whose first line is the {@code N D} header. */
    public boolean hasHeader() {
        return this != GLOVE_TEXT;
    }

    public boolean isBinary() {
        return this == WORD2VEC_BINARY;
    }
}
