package io.neurograph.engine.graph;

import java.util.Arrays;

/** Binary min-heap of (cost, node index) pairs in primitive arrays; equal costs pop the lower index first. */
final class CostHeap {
    private double[] costs = new double[16];
    private int[] nodes = new int[16];
    private int size;

    int size() {
        return size;
    }

    void push(double cost, int node) {
        if (size == costs.length) {
            costs = Arrays.copyOf(costs, size * 2);
            nodes = Arrays.copyOf(nodes, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(cost, node, costs[parent], nodes[parent])) {
                break;
            }
            costs[i] = costs[parent];
            nodes[i] = nodes[parent];
            i = parent;
        }
        costs[i] = cost;
        nodes[i] = node;
    }

    int peekNode() {
        return nodes[0];
    }

    void pop() {
        double cost = costs[--size];
        int node = nodes[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && less(costs[child + 1], nodes[child + 1], costs[child], nodes[child])) {
                child++;
            }
            if (!less(costs[child], nodes[child], cost, node)) {
                break;
            }
            costs[i] = costs[child];
            nodes[i] = nodes[child];
            i = child;
        }
        costs[i] = cost;
        nodes[i] = node;
    }

    private static boolean less(double c1, int n1, double c2, int n2) {
        return c1 < c2 || (c1 == c2 && n1 < n2);
    }
}
