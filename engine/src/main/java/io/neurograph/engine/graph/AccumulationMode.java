package io.neurograph.engine.graph;

/** How a node combines the energy transfers it receives during spreading activation. */
public enum AccumulationMode {
    /** Energies add up: a node reached along several paths is more strongly activated. */
    SUM,
    /** The strongest transfer wins. */
    MAX,
    /** Energy-weighted mean of the transfers, Σe²/Σe: between their mean and their maximum. */
    WEIGHTED_AVERAGE
}
