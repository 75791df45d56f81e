package io.neurograph.tiro.ui.graph;

/** A token on screen: its id and label ({@code null} when the token has none). */
public record GraphNode(long id, String label) {

    /** The label, or {@code #id} for unlabelled tokens. */
    public String caption() {
        return label == null ? "#" + id : label;
    }
}
