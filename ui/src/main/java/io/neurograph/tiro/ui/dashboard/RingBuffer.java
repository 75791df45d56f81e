package io.neurograph.tiro.ui.dashboard;

/** The newest {@code capacity} doubles in a primitive array: no boxing, no allocation per sample. */
public final class RingBuffer {
    private final double[] values;
    private int next;
    private int size;

    public RingBuffer(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be > 0, got " + capacity);
        }
        this.values = new double[capacity];
    }

    public void add(double value) {
        values[next] = value;
        next = (next + 1) % values.length;
        size = Math.min(size + 1, values.length);
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return values.length;
    }

    /** The {@code index}-th kept value, 0 being the oldest. */
    public double get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        return values[(next - size + index + values.length) % values.length];
    }

    /** The newest value, NaN while empty. */
    public double latest() {
        return size == 0 ? Double.NaN : get(size - 1);
    }

    public RingBuffer copy() {
        RingBuffer c = new RingBuffer(values.length);
        System.arraycopy(values, 0, c.values, 0, values.length);
        c.next = next;
        c.size = size;
        return c;
    }
}
