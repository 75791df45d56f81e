/**
 * Reading word-embedding files: {@link io.neurograph.engine.bootstrap.read.EmbeddingSniffer} recognises the
 * format (GloVe text, word2vec text or binary, fastText {@code .vec}) and
 * {@link io.neurograph.engine.bootstrap.read.EmbeddingReader} streams the records with bounded memory.
 */
package io.neurograph.engine.bootstrap.read;
