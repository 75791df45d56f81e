package io.neurograph.tiro.ui.conceptmap;

import io.neurograph.tiro.ui.concurrent.TaskExecutor;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Notifier;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the concept map: the points (loaded page by page off the FX thread), the viewport, the hovered
 * and the selected point. Every change that needs a new picture bumps {@link #revisionProperty()}; the view
 * paints once per change, never while idle. Screen positions are canvas pixels.
 */
public final class ConceptMapViewModel {
    static final int PAGE_SIZE = 5_000;
    /** How far from a point (in pixels) the mouse still hits it. */
    static final double HIT_RADIUS = 6;
    /** Labels are drawn only when at most this many points are visible (level of detail). */
    static final int LABEL_LIMIT = 150;
    /** Finding a label zooms in at least this far (pixels per L8 unit), so its neighbours spread out. */
    private static final double FIND_SCALE = 2_000;
    private static final double KEY_PAN = 60;
    private static final double KEY_ZOOM = 1.25;

    private final PointSource source;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Notifier notifier;
    private final LongConsumer openNeighbourhood;
    private final PointCloud cloud = new PointCloud();
    private final Viewport viewport = new Viewport();

    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ReadOnlyIntegerWrapper loaded = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final StringProperty search = new SimpleStringProperty("");

    /** Pages of an older load (before a reload or close) are dropped. */
    private int generation;
    private boolean started;
    /** Until the user zooms or pans, the view keeps fitting all points as pages arrive. */
    private boolean autoFit = true;

    public ConceptMapViewModel(PointSource source, TaskExecutor executor, Messages messages, Notifier notifier,
            LongConsumer openNeighbourhood) {
        this.source = source;
        this.executor = executor;
        this.messages = messages;
        this.notifier = notifier;
        this.openNeighbourhood = openNeighbourhood;
    }

    /** Loads the points the first time the map is shown, so a hidden map costs nothing. */
    public void loadOnce() {
        if (!started) {
            reload();
        }
    }

    public void reload() {
        started = true;
        generation++;
        long selectedId = selectedId();
        cloud.clear();
        hovered.set(-1);
        selected.set(-1);
        loaded.set(0);
        loading.set(true);
        status.set(messages.get("conceptmap.loading"));
        readPage(generation, 0, selectedId);
        changed();
    }

    private void readPage(int forGeneration, long offset, long keepSelected) {
        executor.execute(() -> source.read(PAGE_SIZE, offset),
                page -> pageRead(forGeneration, offset, page, keepSelected),
                failure -> loadFailed(forGeneration, failure));
    }

    private void pageRead(int forGeneration, long offset, PointSource.PointPage page, long keepSelected) {
        if (forGeneration != generation) {
            return;
        }
        int before = cloud.size();
        cloud.append(page);
        loaded.set(cloud.size());
        if (selected.get() < 0 && keepSelected >= 0) {
            for (int i = 0; i < page.size(); i++) {
                if (page.ids()[i] == keepSelected) {
                    selected.set(before + i);
                }
            }
        }
        if (autoFit) {
            fit();
        }
        if (page.scanned() < PAGE_SIZE) {
            loading.set(false);
            buildGrid(forGeneration);
            status.set(cloud.size() == 0 ? messages.get("conceptmap.empty")
                    : messages.format("conceptmap.count", cloud.size()));
        } else {
            status.set(messages.format("conceptmap.loadingCount", cloud.size()));
            readPage(forGeneration, offset + page.scanned(), keepSelected);
        }
        changed();
    }

    /** Hover scans all points until the grid is built in the background; a failed build just keeps scanning. */
    private void buildGrid(int forGeneration) {
        executor.execute(cloud.gridTask(), grid -> {
            if (forGeneration == generation) {
                cloud.useGrid(grid);
            }
        }, failure -> { });
    }

    private void loadFailed(int forGeneration, Exception failure) {
        if (forGeneration != generation) {
            return;
        }
        loading.set(false);
        status.set(messages.format("conceptmap.count", cloud.size()));
        notifier.error(messages.get("conceptmap.error.load"), failure);
    }

    /** Stops taking pages of a running load. */
    public void close() {
        generation++;
    }

    public void resize(double width, double height) {
        viewport.resize(width, height);
        if (autoFit) {
            fit();
        }
        changed();
    }

    public void fitAll() {
        autoFit = true;
        fit();
        changed();
    }

    private void fit() {
        if (cloud.size() > 0 && viewport.hasArea()) {
            viewport.fit(cloud.minX(), cloud.minY(), cloud.maxX(), cloud.maxY());
        }
    }

    public void zoom(double factor, double screenX, double screenY) {
        autoFit = false;
        viewport.zoomAt(factor, screenX, screenY);
        changed();
    }

    public void zoomIn() {
        zoom(KEY_ZOOM, viewport.width() / 2, viewport.height() / 2);
    }

    public void zoomOut() {
        zoom(1 / KEY_ZOOM, viewport.width() / 2, viewport.height() / 2);
    }

    public void pan(double dx, double dy) {
        autoFit = false;
        viewport.pan(dx, dy);
        changed();
    }

    /** Arrow keys: moves the view (not the content) one step in the direction (-1, 0 or 1 on each axis). */
    public void step(int columns, int rows) {
        pan(-columns * KEY_PAN, -rows * KEY_PAN);
    }

    public void hover(double screenX, double screenY) {
        setHovered(pointAt(screenX, screenY));
    }

    public void clearHover() {
        setHovered(-1);
    }

    private void setHovered(int index) {
        if (index != hovered.get()) {
            hovered.set(index);
            hoverText.set(index < 0 ? "" : cloud.label(index));
            changed();
        }
    }

    /** Selects the point under the mouse, or clears the selection when there is none. */
    public void select(double screenX, double screenY) {
        setSelected(pointAt(screenX, screenY));
    }

    /** Selects the point under the mouse and opens its neighbourhood. */
    public void open(double screenX, double screenY) {
        select(screenX, screenY);
        openSelected();
    }

    public void openSelected() {
        if (selected.get() >= 0) {
            openNeighbourhood.accept(cloud.id(selected.get()));
        }
    }

    /** Selects the point whose label best matches the search text and centres the view on it. */
    public boolean find() {
        int index = cloud.find(search.get());
        if (index < 0) {
            status.set(messages.format("conceptmap.notFound", search.get().strip()));
            return false;
        }
        autoFit = false;
        viewport.centreOn(cloud.x(index), cloud.y(index));
        if (viewport.scale() < FIND_SCALE) {
            viewport.zoomAt(FIND_SCALE / viewport.scale(), viewport.width() / 2, viewport.height() / 2);
        }
        status.set(messages.format("conceptmap.count", cloud.size()));
        setSelected(index);
        return true;
    }

    private void setSelected(int index) {
        if (index != selected.get()) {
            selected.set(index);
            changed();
        }
    }

    private int pointAt(double screenX, double screenY) {
        if (!viewport.hasArea()) {
            return -1;
        }
        return cloud.nearest(viewport.worldX(screenX), viewport.worldY(screenY), HIT_RADIUS / viewport.scale());
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

    /** The selected token's id, or -1. */
    public long selectedId() {
        return selected.get() < 0 ? -1 : cloud.id(selected.get());
    }

    PointCloud cloud() {
        return cloud;
    }

    Viewport viewport() {
        return viewport;
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Index of the hovered point in the cloud, or -1. */
    public ReadOnlyIntegerProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** Index of the selected point in the cloud, or -1. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }
}
