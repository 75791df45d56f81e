package io.neurograph.engine.query;

/** Where a query's vector came from. */
public enum QuerySource {
    /** One known word: its own vector. */
    WORD,
    /** Any other text, embedded by the sentence model that made the vectors. */
    SENTENCE,
    /** Several words in a space no sentence model made: the mean of the known words' vectors. */
    WORD_AVERAGE
}
