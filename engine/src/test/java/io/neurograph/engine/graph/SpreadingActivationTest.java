package io.neurograph.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadingActivationTest {
    private static Graph graph(long... nodes) {
        Graph g = new Graph();
        for (long n : nodes) {
            g.addNode(n);
        }
        return g;
    }

    private static void link(Graph g, long from, long to, float weight, boolean bidirectional) {
        g.addEdge(Graph.edgeId(from, to, 0), from, to, 0, weight, bidirectional);
    }

    private static float energy(ActivationResult r, long node) {
        return r.activated().stream().filter(a -> a.node() == node).findFirst().orElseThrow().energy();
    }

    @Test
    void chainWithUnitWeightsDecaysByTwentyPercentPerHop() {
        for (boolean bidirectional : new boolean[] {false, true}) {
            Graph g = graph(1, 2, 3, 4);
            link(g, 1, 2, 1, bidirectional);
            link(g, 2, 3, 1, bidirectional);
            link(g, 3, 4, 1, bidirectional);
            ActivationResult r = g.spreadingActivation(1, 1f, SignalConfig.DEFAULTS);
            assertThat(r.activated()).extracting(ActivatedNode::node).containsExactly(2L, 3L, 4L);
            assertThat(energy(r, 2)).isCloseTo(0.8f, within(1e-6f));
            assertThat(energy(r, 3)).isCloseTo(0.64f, within(1e-6f));
            assertThat(energy(r, 4)).isCloseTo(0.512f, within(1e-6f));
            assertThat(r.activated().get(2).path()).containsExactly(1L, 2L, 3L, 4L);
            assertThat(r.activated().get(2).depth()).isEqualTo(3);
            assertThat(r.nodesVisited()).isEqualTo(4);
            assertThat(r.maxDepthReached()).isEqualTo(3);
            Path strongest = r.strongestPath().orElseThrow();
            assertThat(strongest.nodes()).containsExactly(1L, 2L);
            assertThat(strongest.edges()).containsExactly(Graph.edgeId(1, 2, 0));
            assertThat(strongest.totalCost()).isCloseTo(0.8f, within(1e-6f));
        }
    }

    /** S→A (w 1), S→B (w 0.5), A→D, B→D: D receives 0.64 and 0.32 in the same wave. */
    private static ActivationResult diamond(AccumulationMode mode) {
        Graph g = graph(1, 2, 3, 4);
        link(g, 1, 2, 1f, false);
        link(g, 1, 3, 0.5f, false);
        link(g, 2, 4, 1f, false);
        link(g, 3, 4, 1f, false);
        return g.spreadingActivation(1, 1f, SignalConfig.DEFAULTS.withAccumulation(mode));
    }

    @Test
    void accumulationModesDifferOnADiamond() {
        assertThat(energy(diamond(AccumulationMode.SUM), 4)).isCloseTo(0.96f, within(1e-6f));
        assertThat(energy(diamond(AccumulationMode.MAX), 4)).isCloseTo(0.64f, within(1e-6f));
        assertThat(energy(diamond(AccumulationMode.WEIGHTED_AVERAGE), 4))
                .isCloseTo((0.64f * 0.64f + 0.32f * 0.32f) / 0.96f, within(1e-6f));
        for (AccumulationMode mode : AccumulationMode.values()) {
            ActivationResult r = diamond(mode);
            assertThat(energy(r, 2)).isCloseTo(0.8f, within(1e-6f));
            assertThat(energy(r, 3)).isCloseTo(0.4f, within(1e-6f));
            // The path follows the strongest transfer, through A.
            assertThat(r.activated().stream().filter(a -> a.node() == 4).findFirst().orElseThrow().path())
                    .containsExactly(1L, 2L, 4L);
        }
    }

    @Test
    void accumulatedEnergyPropagatesFurther() {
        Graph g = graph(1, 2, 3, 4, 5);
        link(g, 1, 2, 1f, false);
        link(g, 1, 3, 1f, false);
        link(g, 2, 4, 1f, false);
        link(g, 3, 4, 1f, false);
        link(g, 4, 5, 1f, false);
        ActivationResult sum = g.spreadingActivation(1, 1f, SignalConfig.DEFAULTS);
        assertThat(energy(sum, 5)).isCloseTo(1.28f * 0.8f, within(1e-6f));
        ActivationResult max = g.spreadingActivation(1, 1f, SignalConfig.DEFAULTS.withAccumulation(AccumulationMode.MAX));
        assertThat(energy(max, 5)).isCloseTo(0.512f, within(1e-6f));
    }

    @Test
    void thresholdsDepthAndSourceExclusion() {
        Graph g = graph(1, 2, 3);
        link(g, 1, 2, 1f, true);
        link(g, 2, 3, 0.1f, true); // 0.8 × 0.1 × 0.8 = 0.064: reached, but below the activation threshold
        ActivationResult r = g.spreadingActivation(1, 1f, SignalConfig.DEFAULTS);
        assertThat(r.activated()).extracting(ActivatedNode::node).containsExactly(2L);
        assertThat(r.nodesVisited()).isEqualTo(3);

        Graph triangle = graph(1, 2, 3);
        link(triangle, 1, 2, 1f, true);
        link(triangle, 2, 3, 1f, true);
        link(triangle, 3, 1, 1f, true);
        // 2 and 3 share wave 1: nothing flows sideways between them or back into the source.
        ActivationResult t = triangle.spreadingActivation(1, 1f, SignalConfig.DEFAULTS);
        assertThat(t.activated()).extracting(ActivatedNode::node).containsExactly(2L, 3L);
        assertThat(t.activated()).extracting(ActivatedNode::energy).containsExactly(0.8f, 0.8f);

        ActivationResult shallow = g.spreadingActivation(1, 1f, SignalConfig.DEFAULTS.withMaxDepth(1));
        assertThat(shallow.activated()).extracting(ActivatedNode::node).containsExactly(2L);
        assertThat(shallow.nodesVisited()).isEqualTo(2);
        assertThat(shallow.maxDepthReached()).isEqualTo(1);

        Graph weak = graph(1, 2);
        link(weak, 1, 2, 0.01f, false); // 0.008 < min energy: not reached at all
        ActivationResult none = weak.spreadingActivation(1, 1f, SignalConfig.DEFAULTS);
        assertThat(none.activated()).isEmpty();
        assertThat(none.strongestPath()).isEmpty();
        assertThat(none.nodesVisited()).isEqualTo(1);
    }

    @Test
    void incomingEdgesAreFollowedOnlyWhenBidirectional() {
        Graph g = graph(1, 2, 3);
        link(g, 2, 1, 1f, true);
        link(g, 3, 1, 1f, false);
        ActivationResult r = g.spreadingActivation(1, 1f, SignalConfig.DEFAULTS);
        assertThat(r.activated()).extracting(ActivatedNode::node).containsExactly(2L);
    }

    @Test
    void rejectsBadConfigAndInput() {
        assertThatThrownBy(() -> new SignalConfig(Float.NaN, 0.2f, 5, 0.1f, AccumulationMode.SUM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minEnergy").hasMessageContaining("NaN");
        assertThatThrownBy(() -> new SignalConfig(0.01f, 1.5f, 5, 0.1f, AccumulationMode.SUM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decayRate").hasMessageContaining("1.5");
        assertThatThrownBy(() -> new SignalConfig(0.01f, 0.2f, 0, 0.1f, AccumulationMode.SUM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDepth");
        assertThatThrownBy(() -> new SignalConfig(0.01f, 0.2f, 5, -1f, AccumulationMode.SUM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("activationThreshold");
        assertThatThrownBy(() -> new SignalConfig(0.01f, 0.2f, 5, 0.1f, null)).isInstanceOf(NullPointerException.class);
        Graph g = graph(1);
        assertThatThrownBy(() -> g.spreadingActivation(2, 1f, SignalConfig.DEFAULTS))
                .isInstanceOf(UnknownNodeException.class).hasMessageContaining("2");
        assertThatThrownBy(() -> g.spreadingActivation(1, -1f, SignalConfig.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThat(SignalConfig.DEFAULTS).isEqualTo(new SignalConfig(0.01f, 0.2f, 5, 0.1f, AccumulationMode.SUM));
        assertThat(List.of(AccumulationMode.values())).hasSize(3);
    }
}
