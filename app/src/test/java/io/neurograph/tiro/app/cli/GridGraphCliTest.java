package io.neurograph.tiro.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Three tokens on the L1 x axis at 0, 1 and 5, connected 1 → 2 → 3. */
class GridGraphCliTest extends CliTestSupport {

    @BeforeEach
    void chain() {
        token("a", 0, 0, 0);
        token("b", 1, 0, 0);
        token("c", 5, 0, 0);
        ok("connection", "create", "1", "2", "--type", "SimilarTo");
        ok("connection", "create", "2", "3", "--type", "SimilarTo");
    }

    @Test
    void neighbors() {
        Result human = ok("grid", "neighbors", "1", "--space", "L1", "--radius", "2");
        assertThat(human.out()).contains("       2  distance 1.0000", "1 token");

        JsonNode hits = json("grid", "neighbors", "1", "--space", "L1", "--radius", "10");
        assertThat(ids(hits)).containsExactly(2L, 3L);
        assertThat(hits.get(0).get("distance").floatValue()).isEqualTo(1f);
        assertThat(hits.get(1).get("distance").floatValue()).isEqualTo(5f);
        assertThat(json("grid", "neighbors", "1", "--space", "L1", "--radius", "10", "--max", "1")).hasSize(1);
        assertThat(fails(1, "grid", "neighbors", "9", "--space", "L1", "--radius", "1").err()).contains("Token 9");
        fails(2, "grid", "neighbors", "1", "--radius", "1");
    }

    @Test
    void range() {
        JsonNode hits = json("grid", "range", "--space", "L1", "--xyz", "0.9,0,0", "--radius", "1");
        assertThat(ids(hits)).containsExactly(2L, 1L);
        assertThat(ok("grid", "range", "--space", "L1", "--xyz", "5,0,0", "--radius", "0.5").out())
                .contains("       3  distance 0.0000", "1 token");
        assertThat(ok("grid", "range", "--space", "L1", "--xyz", "50,0,0", "--radius", "1").out().strip())
                .isEqualTo("0 tokens");
        fails(2, "grid", "range", "--space", "L1", "--xyz", "1,2", "--radius", "1");
    }

    @Test
    void influenceAndDensity() {
        JsonNode influence = json("grid", "influence", "--space", "L1", "--xyz", "0,0,0", "--radius", "2");
        assertThat(influence.get("influence").isNumber()).isTrue();
        assertThat(ok("grid", "influence", "--space", "L1", "--xyz", "0,0,0", "--radius", "2").out())
                .startsWith("Field influence ");

        JsonNode density = json("grid", "density", "--space", "L1", "--xyz", "0,0,0", "--radius", "2");
        // two tokens in a sphere of radius 2
        double expected = 2 / (4.0 / 3.0 * Math.PI * 8);
        assertThat(density.get("density").doubleValue()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(ok("grid", "density", "--space", "L1", "--xyz", "0,0,0", "--radius", "2").out())
                .startsWith("Density ").contains("tokens per unit³");
    }

    @Test
    void path() {
        JsonNode p = json("graph", "path", "1", "3");
        assertThat(ids(p.get("nodes"))).containsExactly(1L, 2L, 3L);
        assertThat(ids(p.get("edges"))).containsExactly(1L, 2L);
        assertThat(p.get("totalCost").isNumber()).isTrue();
        assertThat(ok("graph", "path", "1", "3").out()).contains("1 → 2 → 3", "2 hops");

        JsonNode weighted = json("graph", "path", "1", "3", "--weighted");
        assertThat(ids(weighted.get("nodes"))).containsExactly(1L, 2L, 3L);

        assertThat(fails(1, "graph", "path", "3", "1").err().strip())
                .isEqualTo("tiro: No path from token 3 to token 1");
        assertThat(fails(1, "graph", "path", "1", "99").err()).contains("Token 99");
    }

    @Test
    void activate() {
        Result human = ok("graph", "activate", "1");
        assertThat(human.out()).contains("activated", "visited");

        JsonNode r = json("graph", "activate", "1", "--energy", "1", "--depth", "3");
        assertThat(r.get("nodesVisited").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(r.get("maxDepthReached").asInt()).isBetween(0, 3);
        List<Long> activated = new ArrayList<>();
        r.get("activated").forEach(n -> {
            activated.add(n.get("node").asLong());
            assertThat(n.get("energy").floatValue()).isPositive();
            assertThat(n.get("depth").asInt()).isPositive();
        });
        assertThat(activated).contains(2L).doesNotContain(1L);
        assertThat(r.has("strongestPath")).isTrue();
        assertThat(fails(1, "graph", "activate", "99").err()).contains("Token 99");
    }

    @Test
    void neighborhood() {
        // outgoing connections only
        JsonNode one = json("graph", "neighborhood", "2");
        assertThat(ids(one.get("nodes"))).containsExactly(2L, 3L);
        assertThat(ids(one.get("edges"))).containsExactly(2L);
        JsonNode fromStart = json("graph", "neighborhood", "1", "--hops", "1");
        assertThat(ids(fromStart.get("nodes"))).containsExactly(1L, 2L);
        assertThat(ids(json("graph", "neighborhood", "1", "--hops", "2").get("nodes"))).containsExactly(1L, 2L, 3L);
        assertThat(ok("graph", "neighborhood", "1").out()).contains("Nodes: [1, 2]", "Connections: [1]");
        assertThat(fails(1, "graph", "neighborhood", "99").err()).contains("Token 99");
    }

    static List<Long> ids(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isObject() ? n.get("id").asLong() : n.asLong()));
        return out;
    }
}
