package io.neurograph.tiro.ui.graph;

import com.brunomnsilva.smartgraph.graphview.ForceDirectedSpringGravityLayoutStrategy;
import com.brunomnsilva.smartgraph.graphview.SmartGraphVertexNode;
import java.util.Collection;
import javafx.geometry.Point2D;

/**
 * SmartGraph's spring-gravity layout with two changes for neighbourhoods of hundreds of tokens: the repulsion
 * shrinks as the count grows, and no token moves more than {@value #MAX_STEP} pixels a frame. SmartGraph moves
 * each vertex by the sum of all forces on it, and two overlapping vertices repel each other by thousands of
 * pixels, so without the cap they fly into the walls and stay piled in the corners.
 */
final class CalmForceLayout extends ForceDirectedSpringGravityLayoutStrategy<GraphNode> {
    static final double MAX_STEP = 12;
    // SmartGraph's defaults, tuned for a few dozen vertices; gravity a little stronger to keep tokens off the walls
    private static final double REPULSION = 25;
    private static final int CALM_NODES = 20;
    private static final double ATTRACTION = 3;
    private static final double ATTRACTION_SCALE = 10;
    private static final double ACCELERATION = 0.8;
    private static final double GRAVITY = 0.05;

    CalmForceLayout(int nodes) {
        super(REPULSION * Math.min(1, (double) CALM_NODES / Math.max(1, nodes)), ATTRACTION, ATTRACTION_SCALE,
                ACCELERATION, GRAVITY);
    }

    @Override
    public void computeForces(Collection<SmartGraphVertexNode<GraphNode>> nodes, double width, double height) {
        super.computeForces(nodes, width, height);
        for (SmartGraphVertexNode<GraphNode> node : nodes) {
            Point2D force = node.getForceVector();
            double length = force.magnitude();
            if (length > MAX_STEP) {
                double keep = MAX_STEP / length;
                node.addForceVector(force.getX() * (keep - 1), force.getY() * (keep - 1));
            }
        }
    }
}
