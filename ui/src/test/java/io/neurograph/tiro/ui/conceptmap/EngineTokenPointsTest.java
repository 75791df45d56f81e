package io.neurograph.tiro.ui.conceptmap;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineTokenPointsTest {

    @Test
    void readsTheL8PlaneAndLabelsAndSkipsTokensWithoutL8() {
        try (Engine engine = Engine.open(EngineConfig.inMemory())) {
            Token placed = Token.builder().coordinates(CoordinateSpace.L8_ABSTRACT, 0.5f, -1.25f, 2f).build();
            Token unplaced = Token.builder().undefine(CoordinateSpace.L8_ABSTRACT).build();
            long[] ids = engine.tokens().createAll(List.of(placed, unplaced, placed),
                    Arrays.asList("alpha", "beta", null));

            PointSource.PointPage page = new EngineTokenPoints(engine).read(10, 0);

            assertThat(page.scanned()).isEqualTo(3);
            assertThat(page.ids()).containsExactly(ids[0], ids[2]);
            assertThat(page.x()).containsExactly(0.5f, 0.5f);
            assertThat(page.y()).containsExactly(-1.25f, -1.25f);
            assertThat(page.labels()).containsExactly("alpha", null);
            assertThat(new EngineTokenPoints(engine).read(10, 3).scanned()).isZero();
        }
    }
}
