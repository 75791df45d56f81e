package io.neurograph.engine.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Answers as JSON: the query log's storage form and the CLI's {@code --json} output. */
public final class QueryAnswerJson {
    // later versions may add fields; an older log entry must still load
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private QueryAnswerJson() {
    }

    public static String write(QueryAnswer answer) {
        try {
            return JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write query " + answer.id() + " as JSON", e);
        }
    }

    /** @throws QueryException if the stored answer cannot be read */
    public static QueryAnswer read(String id, String json) {
        try {
            return JSON.readValue(json, QueryAnswer.class);
        } catch (JsonProcessingException e) {
            throw new QueryException("The stored answer of query " + id + " is damaged (" + e.getOriginalMessage()
                    + "); run the query again");
        }
    }
}
