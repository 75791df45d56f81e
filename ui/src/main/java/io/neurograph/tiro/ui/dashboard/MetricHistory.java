package io.neurograph.tiro.ui.dashboard;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The last {@code capacity} samples of every metric (primitive rings) and the markers inside that window. */
public final class MetricHistory {
    /** One hour at one sample per second. */
    public static final int WINDOW = 3600;

    private final RingBuffer times;
    private final Map<Metric, RingBuffer> series = new EnumMap<>(Metric.class);
    private final Deque<Marker> markers = new ArrayDeque<>();

    public MetricHistory(int capacity) {
        times = new RingBuffer(capacity);
        for (Metric m : Metric.values()) {
            series.put(m, new RingBuffer(capacity));
        }
    }

    private MetricHistory(MetricHistory from) {
        times = from.times.copy();
        from.series.forEach((m, ring) -> series.put(m, ring.copy()));
        markers.addAll(from.markers);
    }

    public void append(Sample sample) {
        times.add(sample.epochMillis());
        for (Metric m : Metric.values()) {
            series.get(m).add(sample.value(m));
        }
        markers.addAll(sample.markers());
        while (!markers.isEmpty() && markers.peekFirst().epochMillis() < times.get(0)) {
            markers.removeFirst();
        }
    }

    public int size() {
        return times.size();
    }

    public int capacity() {
        return times.capacity();
    }

    /** Epoch milliseconds of the {@code index}-th sample, 0 being the oldest. */
    public long time(int index) {
        return (long) times.get(index);
    }

    public RingBuffer series(Metric metric) {
        return series.get(metric);
    }

    public List<Marker> markers() {
        return List.copyOf(markers);
    }

    /** A copy another thread may read (for the CSV export) while this one keeps filling. */
    public MetricHistory copy() {
        return new MetricHistory(this);
    }
}
