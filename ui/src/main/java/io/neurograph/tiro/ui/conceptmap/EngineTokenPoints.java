package io.neurograph.tiro.ui.conceptmap;

import io.neurograph.engine.Engine;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import java.util.List;

/** The engine's tokens at the X and Y of their L8 (Abstract) coordinates, where bootstrap places words by PCA. */
public final class EngineTokenPoints implements PointSource {
    private static final CoordinateSpace SPACE = CoordinateSpace.L8_ABSTRACT;

    private final Engine engine;

    public EngineTokenPoints(Engine engine) {
        this.engine = engine;
    }

    @Override
    public PointPage read(int limit, long offset) {
        List<Token> tokens = engine.tokens().list(limit, offset);
        int n = (int) tokens.stream().filter(t -> t.isDefined(SPACE)).count();
        long[] ids = new long[n];
        float[] x = new float[n];
        float[] y = new float[n];
        String[] labels = new String[n];
        int i = 0;
        for (Token token : tokens) {
            if (token.isDefined(SPACE)) {
                ids[i] = token.id();
                x[i] = SPACE.decode(token.raw(SPACE, 0));
                y[i] = SPACE.decode(token.raw(SPACE, 1));
                labels[i] = engine.tokens().label(token.id()).orElse(null);
                i++;
            }
        }
        return new PointPage(tokens.size(), ids, x, y, labels);
    }
}
