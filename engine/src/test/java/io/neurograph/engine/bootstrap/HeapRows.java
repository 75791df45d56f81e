package io.neurograph.engine.bootstrap;

/** Test rows held in a heap array. */
record HeapRows(float[][] data) implements VectorRows {
    @Override
    public int count() {
        return data.length;
    }

    @Override
    public int dimension() {
        return data[0].length;
    }

    @Override
    public void get(int row, float[] dst) {
        System.arraycopy(data[row], 0, dst, 0, dst.length);
    }
}
