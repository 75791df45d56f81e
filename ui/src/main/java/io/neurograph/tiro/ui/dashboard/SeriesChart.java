package io.neurograph.tiro.ui.dashboard;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.util.Duration;

/**
 * One metric over the last hour as a sparkline. The collected samples (at least five minutes' worth of width, at
 * most the hour) span the width; each two-pixel column draws
 * the minimum and maximum of the samples that fall into it, so the path has at most two points per column
 * however many samples there are. Markers are vertical lines with a tooltip. Shapes (not a Canvas) so the
 * theme's colours reach them through CSS.
 */
final class SeriesChart extends Region {
    static final String CHART = "tiro-dashboard-chart";
    static final String LINE = "tiro-dashboard-line";
    static final String MARKER = "tiro-dashboard-marker";
    private static final double TOP = 36;
    private static final double PAD = 6;
    private static final int MIN_SPAN_SECONDS = 300;
    static final double PREFERRED_WIDTH = 300;
    /** Pixels per drawn column: two points (minimum, maximum) every two pixels look the same as every pixel. */
    private static final double COLUMN_PX = 2;
    private static final int MIN_LINE_SECONDS = 2;

    private final Metric metric;
    private final DashboardViewModel model;
    private final Label title = new Label();
    private final Label value = new Label();
    private final Path line = new Path();
    private final Map<Marker, Line> markers = new HashMap<>();
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    SeriesChart(Metric metric, DashboardViewModel model, String titleText) {
        this.metric = metric;
        this.model = model;
        setId("chart-" + metric.csvName());
        getStyleClass().add(CHART);
        title.setText(titleText);
        title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        value.getStyleClass().addAll(Styles.TEXT_BOLD);
        value.setId("value-" + metric.csvName());
        line.getStyleClass().add(LINE);
        line.setManaged(false);
        getChildren().addAll(title, value, line);
        setPrefSize(PREFERRED_WIDTH, 120);
        setMinSize(160, 90);
    }

    /**
     * A new sample: the value is shown at once, the line redrawn only when a column's worth of samples has come in
     * (every {@value #MIN_LINE_SECONDS} s while the window fills, every 22 s over a full hour). Stroking fourteen
     * full-width paths every second cost 7 % of a core with software rendering, over the idle budget of 5 %.
     */
    void tick(long samples) {
        value.setText(model.latest(metric));
        double columns = Math.max(1, (getWidth() - 2 * PAD) / COLUMN_PX);
        long secondsPerColumn = (long) Math.ceil(span(model.history()) / columns);
        if (samples % Math.max(MIN_LINE_SECONDS, secondsPerColumn) == 0) {
            redraw();
        }
    }

    /** Redraws the value, the line and the markers from the model's history; call on the FX thread. */
    void redraw() {
        value.setText(model.latest(metric));
        drawnWidth = getWidth();
        drawnHeight = getHeight();
        MetricHistory h = model.history();
        double w = Math.max(1, getWidth() - 2 * PAD);
        double top = TOP;
        double height = Math.max(1, getHeight() - TOP - PAD);
        double[] range = range(h.series(metric));
        line.getElements().setAll(path(h, w, top, height, range));
        List<Marker> current = h.markers();
        markers.keySet().retainAll(current);
        getChildren().removeIf(n -> n instanceof Line && !markers.containsValue(n));
        for (Marker m : current) {
            double x = PAD + xOf(h, m.epochMillis(), w);
            Line l = markers.computeIfAbsent(m, this::markerLine);
            l.setStartX(x);
            l.setEndX(x);
            l.setStartY(top);
            l.setEndY(top + height);
            if (l.getParent() == null) {
                getChildren().add(l);
            }
        }
    }

    /** Made once per marker and moved afterwards: a Tooltip is too costly to build every second. */
    private Line markerLine(Marker m) {
        Line l = new Line();
        l.getStyleClass().addAll(MARKER, m.kind().name().toLowerCase(Locale.ROOT));
        l.setManaged(false);
        Tooltip tip = new Tooltip(model.markerText(m));
        tip.setShowDelay(Duration.millis(200));
        Tooltip.install(l, tip);
        return l;
    }

    private List<PathElement> path(MetricHistory h, double w, double top, double height, double[] range) {
        RingBuffer s = h.series(metric);
        int n = span(h);
        int offset = n - s.size();
        List<PathElement> points = new ArrayList<>();
        int column = -1;
        double lo = Double.NaN;
        double hi = Double.NaN;
        boolean open = false;
        for (int i = 0; i <= s.size(); i++) {
            int c = i == s.size() ? Integer.MAX_VALUE : (int) ((offset + i) * (w / COLUMN_PX) / n);
            if (c != column && column >= 0 && !Double.isNaN(lo)) {
                double x = PAD + column * COLUMN_PX;
                double yHi = y(hi, top, height, range);
                double yLo = y(lo, top, height, range);
                points.add(open ? new LineTo(x, yHi) : new MoveTo(x, yHi));
                points.add(new LineTo(x, yLo));
                open = true;
            } else if (c != column && column >= 0) {
                open = false; // no value in that column: leave a gap
            }
            if (c != column) {
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
        return points;
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

    private static double y(double v, double top, double height, double[] range) {
        return top + height - (v - range[0]) / (range[1] - range[0]) * height;
    }

    @Override
    protected void layoutChildren() {
        title.resizeRelocate(PAD, PAD / 2, getWidth() - 2 * PAD, title.prefHeight(-1));
        value.resizeRelocate(PAD, PAD / 2 + title.prefHeight(-1), getWidth() - 2 * PAD, value.prefHeight(-1));
        if ((getWidth() != drawnWidth || getHeight() != drawnHeight) && model.history().size() > 0) {
            redraw();
        }
    }
}
