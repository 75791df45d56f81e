package io.neurograph.tiro.ui.dashboard;

import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.util.Duration;

/**
 * One metric over the last hour as a sparkline. The collected samples (at least five minutes' worth of width, at
 * most the hour) span the width; each two-pixel column is one bar from the minimum to the maximum of the samples
 * that fall into it, so drawing costs the same however many samples there are. The line is drawn on a Canvas of
 * fixed size in the theme's {@code -tiro-line-color}; markers are vertical lines with a tooltip.
 *
 * <p>Only what is on screen is drawn ({@code onScreen}): JavaFX repaints the whole window when a node scrolled out
 * of a ScrollPane's viewport changes. What was skipped is drawn by {@link #refresh()} once it scrolls into view.
 */
final class SeriesChart extends Region {
    static final String CHART = "tiro-dashboard-chart";
    static final String MARKER = "tiro-dashboard-marker";
    static final String PLOT = "tiro-dashboard-plot";
    static final double PREFERRED_WIDTH = 300;
    private static final StyleablePropertyFactory<SeriesChart> STYLES =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final double TOP = 36;
    private static final double PAD = 6;
    private static final double LINE_WIDTH = 1.5;
    /** Room around the plot for the half of the line's width that lies beyond the lowest and highest value. */
    private static final double MARGIN = 1;
    private static final int MIN_SPAN_SECONDS = 300;
    /** Pixels per drawn column: a bar every two pixels looks the same as one every pixel. */
    private static final double COLUMN_PX = 2;
    private static final int MIN_LINE_SECONDS = 2;

    private final StyleableProperty<Color> lineColor = STYLES.createStyleableColorProperty(this, "lineColor",
            "-tiro-line-color", c -> c.lineColor, Color.STEELBLUE);
    private final Metric metric;
    private final DashboardViewModel model;
    private final Predicate<Node> onScreen;
    private final Label title = new Label();
    private final Label value = new Label();
    private final Canvas plot = new Canvas();
    private final Map<Marker, Line> markers = new HashMap<>();
    /** The number the value label shows, so that an unchanged one is not formatted again every second. */
    private double shown;
    private boolean valueStale;
    private boolean plotStale = true;

    SeriesChart(Metric metric, DashboardViewModel model, String titleText, Predicate<Node> onScreen) {
        this.metric = metric;
        this.model = model;
        this.onScreen = onScreen;
        setId("chart-" + metric.csvName());
        getStyleClass().add(CHART);
        title.setText(titleText);
        title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        value.getStyleClass().addAll(Styles.TEXT_BOLD);
        value.setId("value-" + metric.csvName());
        shown = model.history().series(metric).latest();
        value.setText(model.latest(metric));
        plot.getStyleClass().add(PLOT);
        plot.setManaged(false);
        getChildren().addAll(title, value, plot);
        setPrefSize(PREFERRED_WIDTH, 120);
        setMinSize(160, 90);
        ((ObservableValue<?>) lineColor).addListener((o, was, now) -> {
            plotStale = true;
            refresh();
        });
    }

    /**
     * A new sample: the value is due at once, the line only when a column's worth of samples has come in (every
     * {@value #MIN_LINE_SECONDS} s while the window fills, every 22 s over a full hour).
     */
    void tick(long samples) {
        valueStale = true;
        double columns = Math.max(1, plotWidth() / COLUMN_PX);
        long secondsPerColumn = (long) Math.ceil(span(model.history()) / columns);
        plotStale |= samples % Math.max(MIN_LINE_SECONDS, secondsPerColumn) == 0;
        refresh();
    }

    /** Draws what is due and on screen; what is not on screen stays due. Call on the FX thread. */
    void refresh() {
        if (valueStale && onScreen.test(value)) {
            double latest = model.history().series(metric).latest();
            if (Double.compare(latest, shown) != 0) {
                shown = latest;
                value.setText(model.latest(metric));
            }
            valueStale = false;
        }
        if (plotStale && model.history().size() > 0 && onScreen.test(plot)) {
            drawPlot();
            plotStale = false;
        }
    }

    private void drawPlot() {
        MetricHistory h = model.history();
        double w = plotWidth();
        double height = plotHeight();
        GraphicsContext g = plot.getGraphicsContext2D();
        g.clearRect(0, 0, plot.getWidth(), plot.getHeight());
        g.setFill(lineColor.getValue());
        trace(g, h, w, height, range(h.series(metric)));
        placeMarkers(h, w, height);
    }

    private void placeMarkers(MetricHistory h, double w, double height) {
        List<Marker> current = h.markers();
        markers.keySet().retainAll(current);
        getChildren().removeIf(n -> n instanceof Line && !markers.containsValue(n));
        for (Marker m : current) {
            double x = PAD + xOf(h, m.epochMillis(), w);
            Line l = markers.computeIfAbsent(m, this::markerLine);
            l.setStartX(x);
            l.setEndX(x);
            l.setStartY(TOP);
            l.setEndY(TOP + height);
            if (l.getParent() == null) {
                getChildren().add(l);
            }
        }
    }

    /** Made once per marker and moved afterwards: a Tooltip is too costly to build on every redraw. */
    private Line markerLine(Marker m) {
        Line l = new Line();
        l.getStyleClass().addAll(MARKER, m.kind().name().toLowerCase(Locale.ROOT));
        l.setManaged(false);
        Tooltip tip = new Tooltip(model.markerText(m));
        tip.setShowDelay(Duration.millis(200));
        Tooltip.install(l, tip);
        return l;
    }

    /**
     * The line as one filled bar per column from its minimum to its maximum, stretched (up, down and left) to meet
     * the previous column so the line stays unbroken; a column without a value leaves a gap. The software renderer
     * fills axis-aligned rectangles natively, while a stroked path goes through its Java rasterizer, whose
     * compilation by the JIT alone cost 1–2 % of a core in the Dashboard's first minutes.
     */
    private void trace(GraphicsContext g, MetricHistory h, double w, double height, double[] range) {
        RingBuffer s = h.series(metric);
        int n = span(h);
        int offset = n - s.size();
        int column = -1;
        double lo = Double.NaN;
        double hi = Double.NaN;
        int previousColumn = -1;
        double previousTop = Double.NaN;
        double previousBottom = Double.NaN;
        for (int i = 0; i <= s.size(); i++) {
            int c = i == s.size() ? Integer.MAX_VALUE : (int) ((offset + i) * (w / COLUMN_PX) / n);
            if (c != column) {
                if (column >= 0) {
                    double top = Double.isNaN(hi) ? Double.NaN : y(hi, height, range);
                    double bottom = Double.isNaN(lo) ? Double.NaN : y(lo, height, range);
                    if (!Double.isNaN(top)) {
                        boolean joined = !Double.isNaN(previousTop);
                        double joinTop = joined ? Math.min(top, previousBottom) : top;
                        double joinBottom = joined ? Math.max(bottom, previousTop) : bottom;
                        int left = joined ? previousColumn + 1 : column;
                        g.fillRect(MARGIN + left * COLUMN_PX, joinTop - LINE_WIDTH / 2,
                                (column + 1 - left) * COLUMN_PX, joinBottom - joinTop + LINE_WIDTH);
                    }
                    previousColumn = column;
                    previousTop = top;
                    previousBottom = bottom;
                }
                column = c;
                lo = Double.NaN;
                hi = Double.NaN;
            }
            if (i < s.size()) {
                double v = s.get(i);
                if (!Double.isNaN(v)) {
                    lo = Double.isNaN(lo) ? v : Math.min(lo, v);
                    hi = Double.isNaN(hi) ? v : Math.max(hi, v);
                }
            }
        }
    }

    /**
     * Seconds the width stands for: what has been collected, at least {@value #MIN_SPAN_SECONDS}, at most the
     * whole window, so a fresh dashboard draws lines across the chart instead of a sliver at its right edge.
     */
    private static int span(MetricHistory h) {
        return Math.min(h.capacity(), Math.max(MIN_SPAN_SECONDS, h.size()));
    }

    private static double xOf(MetricHistory h, long epochMillis, double w) {
        int n = span(h);
        long newest = h.time(h.size() - 1);
        double secondsBack = (newest - epochMillis) / 1000.0;
        return Math.max(0, (n - 1 - secondsBack) * w / n);
    }

    /** From 0 (or the minimum, if negative) to the maximum, so a flat line sits at the bottom, not the middle. */
    private static double[] range(RingBuffer s) {
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < s.size(); i++) {
            double v = s.get(i);
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new double[] {lo, hi > lo ? hi : lo + 1};
    }

    /** The value's height on the canvas. */
    private static double y(double v, double height, double[] range) {
        return MARGIN + height - (v - range[0]) / (range[1] - range[0]) * height;
    }

    private double plotWidth() {
        return Math.max(1, getWidth() - 2 * PAD);
    }

    private double plotHeight() {
        return Math.max(1, getHeight() - TOP - PAD);
    }

    @Override
    protected void layoutChildren() {
        double titleHeight = title.prefHeight(-1);
        title.resizeRelocate(PAD, PAD / 2, getWidth() - 2 * PAD, titleHeight);
        value.resizeRelocate(PAD, PAD / 2 + titleHeight, getWidth() - 2 * PAD, value.prefHeight(-1));
        double width = plotWidth() + 2 * MARGIN;
        double height = plotHeight() + 2 * MARGIN;
        if (width != plot.getWidth() || height != plot.getHeight()) {
            plot.relocate(PAD - MARGIN, TOP - MARGIN);
            plot.setWidth(width);
            plot.setHeight(height);
            plotStale = true;
        }
        refresh();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return STYLES.getCssMetaData();
    }
}
