package io.neurograph.engine.intuition;

import java.util.Objects;

/**
 * What an action event was about, kept beside the 128-byte record (upstream ActionMetadata). Lives only
 * in memory and only as long as its event is in the stream.
 *
 * @param intentType     what was intended, e.g. {@code "query_feedback"}
 * @param executorId     who acted
 * @param parametersJson the action's parameters as a JSON text
 */
public record ActionMetadata(String intentType, String executorId, String parametersJson) {
    public ActionMetadata {
        Objects.requireNonNull(intentType, "intentType");
        Objects.requireNonNull(executorId, "executorId");
        Objects.requireNonNull(parametersJson, "parametersJson");
    }
}
