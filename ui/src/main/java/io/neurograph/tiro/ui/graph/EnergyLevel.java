package io.neurograph.tiro.ui.graph;

/**
 * Spreading-activation energy in five steps, each drawn by a style class of the graph sheet, so the colours
 * come from the theme's palette instead of computed inline styles.
 */
enum EnergyLevel {
    FAINT("tiro-graph-energy-1"),
    LOW("tiro-graph-energy-2"),
    MEDIUM("tiro-graph-energy-3"),
    HIGH("tiro-graph-energy-4"),
    SOURCE("tiro-graph-energy-5");

    private final String styleClass;

    EnergyLevel(String styleClass) {
        this.styleClass = styleClass;
    }

    String styleClass() {
        return styleClass;
    }

    /** Energies are 0 … 1 (the source has 1, each hop keeps at most 80 %); steps of 0.2. */
    static EnergyLevel of(float energy) {
        int step = (int) Math.ceil(Math.clamp(energy, 0f, 1f) * 5) - 1;
        return values()[Math.max(0, step)];
    }
}
