package io.neurograph.tiro.ui.conceptmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.neurograph.tiro.ui.concurrent.CurrentThreadTaskExecutor;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.testing.RecordingNotifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConceptMapViewModelTest {
    private static final float[] X = {-1, 0, 1};
    private static final float[] Y = {-1, 0, 1};
    private static final String[] LABELS = {"apple", "banana", "pineapple"};

    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<Long> opened = new ArrayList<>();

    private ConceptMapViewModel model(PointSource source) {
        ConceptMapViewModel model = new ConceptMapViewModel(source, new CurrentThreadTaskExecutor(),
                new Messages(Locale.ENGLISH), notifier, opened::add);
        model.resize(800, 600);
        return model;
    }

    private ConceptMapViewModel threePoints() {
        ConceptMapViewModel model = model(new SyntheticPoints(X, Y, LABELS));
        model.loadOnce();
        return model;
    }

    @Test
    void loadsEveryPageSkippingItemsWithoutPosition() {
        ConceptMapViewModel model = model(SyntheticPoints.clustersWithUnplaced(12_345, 1, 10));
        model.loadOnce();

        assertThat(model.loadedProperty().get()).isEqualTo(12_345 - 1_235);
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("11,110 concepts");
    }

    @Test
    void fitsAllPointsIntoTheCanvas() {
        ConceptMapViewModel model = model(SyntheticPoints.clusters(2_000, 2));
        model.loadOnce();

        PointCloud cloud = model.cloud();
        Viewport view = model.viewport();
        for (int i = 0; i < cloud.size(); i++) {
            assertThat(view.screenX(cloud.x(i))).isBetween(0.0, 800.0);
            assertThat(view.screenY(cloud.y(i))).isBetween(0.0, 600.0);
        }
    }

    @Test
    void hoverFindsThePointUnderTheMouseAndItsLabel() {
        ConceptMapViewModel model = threePoints();

        model.hover(screenX(model, 2) + 3, screenY(model, 2) - 2);
        assertThat(model.hoveredProperty().get()).isEqualTo(2);
        assertThat(model.hoverTextProperty().get()).isEqualTo("pineapple");

        model.hover(5, 5);
        assertThat(model.hoveredProperty().get()).isEqualTo(-1);
        assertThat(model.hoverTextProperty().get()).isEmpty();
    }

    @Test
    void clickSelectsAndEmptySpaceClearsTheSelection() {
        ConceptMapViewModel model = threePoints();

        model.select(screenX(model, 1), screenY(model, 1));
        assertThat(model.selectedId()).isEqualTo(101);

        model.select(5, 5);
        assertThat(model.selectedId()).isEqualTo(-1);
        assertThat(opened).isEmpty();
    }

    @Test
    void openingHandsTheTokenIdToTheNeighbourhood() {
        ConceptMapViewModel model = threePoints();

        model.open(screenX(model, 0), screenY(model, 0));
        model.openSelected();

        assertThat(opened).containsExactly(100L, 100L);
    }

    @Test
    void findPrefersAnEqualLabelThenTheShortestPrefixThenContains() {
        ConceptMapViewModel model = threePoints();

        model.searchProperty().set("APPLE");
        assertThat(model.find()).isTrue();
        assertThat(model.selectedId()).isEqualTo(100);
        assertThat(model.viewport().screenX(-1)).isEqualTo(400.0);

        model.searchProperty().set("pine");
        assertThat(model.find()).isTrue();
        assertThat(model.selectedId()).isEqualTo(102);

        model.searchProperty().set("nan");
        assertThat(model.find()).isTrue();
        assertThat(model.selectedId()).isEqualTo(101);

        model.searchProperty().set("cherry");
        assertThat(model.find()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("No concept matches \"cherry\"");
    }

    @Test
    void zoomKeepsThePointUnderTheCursorAndStopsFitting() {
        ConceptMapViewModel model = threePoints();
        double x = screenX(model, 2);
        double y = screenY(model, 2);

        model.zoom(3, x, y);
        assertThat(screenX(model, 2)).isCloseTo(x, offset(1e-6));
        assertThat(screenY(model, 2)).isCloseTo(y, offset(1e-6));

        model.resize(400, 300);
        assertThat(model.viewport().scale()).isGreaterThan(3 * 100.0);
    }

    @Test
    void panMovesTheContentWithTheMouse() {
        ConceptMapViewModel model = threePoints();
        double x = screenX(model, 1);

        model.pan(25, -10);

        assertThat(screenX(model, 1)).isCloseTo(x + 25, offset(1e-6));
    }

    @Test
    void reloadKeepsTheSelectedToken() {
        ConceptMapViewModel model = threePoints();
        model.select(screenX(model, 2), screenY(model, 2));

        model.reload();

        assertThat(model.selectedId()).isEqualTo(102);
    }

    @Test
    void everyChangeBumpsTheRevisionOnce() {
        ConceptMapViewModel model = threePoints();
        long before = model.revisionProperty().get();

        model.hover(screenX(model, 0), screenY(model, 0));
        model.hover(screenX(model, 0) + 1, screenY(model, 0));

        assertThat(model.revisionProperty().get()).isEqualTo(before + 1);
    }

    @Test
    void aFailedLoadIsNotified() {
        ConceptMapViewModel model = model((limit, offset) -> {
            throw new IllegalStateException("the store is closed");
        });

        model.loadOnce();

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(notifier.shown()).containsExactly("Could not load the concept map: the store is closed");
    }

    @Test
    void anEmptyEngineSaysSo() {
        ConceptMapViewModel model = model(SyntheticPoints.clusters(0, 3));
        model.loadOnce();

        assertThat(model.statusProperty().get()).isEqualTo("No concepts placed yet: bootstrap some words first");
    }

    private static double screenX(ConceptMapViewModel model, int i) {
        return model.viewport().screenX(model.cloud().x(i));
    }

    private static double screenY(ConceptMapViewModel model, int i) {
        return model.viewport().screenY(model.cloud().y(i));
    }
}
