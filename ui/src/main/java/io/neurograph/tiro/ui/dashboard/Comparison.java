package io.neurograph.tiro.ui.dashboard;

/** How an alert rule compares a metric with its threshold. */
public enum Comparison {
    ABOVE(">"),
    BELOW("<");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** NaN (no value this second) never breaches. */
    public boolean breaches(double value, double threshold) {
        return this == ABOVE ? value > threshold : value < threshold;
    }
}
