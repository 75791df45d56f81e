package io.neurograph.engine.grid;

/** A token found by a grid query and its Euclidean distance (decoded units) from the query centre. */
public record Neighbor(long id, float distance) {
}
