package io.neurograph.tiro.ui.cdna;

/** One field of two CDNAs side by side, e.g. {@code dimension_scales[4]}: the base value and the edited one. */
public record DiffRow(String field, String base, String edited) {
    public boolean changed() {
        return !base.equals(edited);
    }
}
