package io.neurograph.tiro.ui.conceptmap;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Paints the concept map. Points go as pixels into an int buffer shown through one image (a hundred thousand
 * canvas rectangles would be a hundred thousand drawing commands); rings and labels go on top through the
 * canvas. Painting happens once in the pulse after a change and never while idle. Colours are CSS properties
 * ({@code -tiro-point-color} …) so they follow the AtlantaFX theme.
 */
final class MapCanvas extends Region {
    private static final StyleablePropertyFactory<MapCanvas> STYLES =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final int POINT_SIZE = 2;
    private static final double RING_RADIUS = 6;
    private static final double LABEL_GAP = 7;
    private static final double MARKER_RADIUS = 3;

    private final StyleableProperty<Color> pointColor = STYLES.createStyleableColorProperty(this, "pointColor",
            "-tiro-point-color", c -> c.pointColor, Color.GRAY);
    private final StyleableProperty<Color> selectionColor = STYLES.createStyleableColorProperty(this,
            "selectionColor", "-tiro-selection-color", c -> c.selectionColor, Color.RED);
    private final StyleableProperty<Color> labelColor = STYLES.createStyleableColorProperty(this, "labelColor",
            "-tiro-label-color", c -> c.labelColor, Color.BLACK);

    private final ConceptMapViewModel model;
    private final Canvas canvas = new Canvas();
    private final int[] visible = new int[ConceptMapViewModel.LABEL_LIMIT + 1];
    private final AnimationTimer nextPulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            paint();
        }
    };
    private int[] pixels = new int[0];
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;

    MapCanvas(ConceptMapViewModel model) {
        this.model = model;
        getChildren().add(canvas);
        model.revisionProperty().addListener((o, was, now) -> nextPulse.start());
        for (StyleableProperty<Color> colour : List.of(pointColor, selectionColor, labelColor)) {
            ((ObservableValue<?>) colour).addListener((o, was, now) -> nextPulse.start());
        }
    }

    @Override
    protected void layoutChildren() {
        int width = (int) Math.floor(getWidth());
        int height = (int) Math.floor(getHeight());
        if (width != (int) canvas.getWidth() || height != (int) canvas.getHeight()) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            if (width > 0 && height > 0) {
                pixels = new int[width * height];
                buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
                image = new WritableImage(buffer);
            }
            model.resize(width, height);
            model.loadOnce();
        }
    }

    /** Draws the current picture now; package-private for the 100 000-point benchmark. */
    void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (image == null) {
            return;
        }
        int shown = paintPoints();
        g.drawImage(image, 0, 0);
        PointCloud cloud = model.cloud();
        Viewport view = model.viewport();
        if (shown <= ConceptMapViewModel.LABEL_LIMIT) {
            // few points on screen: bigger markers and their labels (level of detail)
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            for (int k = 0; k < shown; k++) {
                int i = visible[k];
                double x = view.screenX(cloud.x(i));
                double y = view.screenY(cloud.y(i));
                g.setFill(pointColor.getValue());
                g.fillOval(x - MARKER_RADIUS, y - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS);
                g.setFill(labelColor.getValue());
                g.fillText(cloud.label(i), x + LABEL_GAP, y);
            }
        }
        ring(g, model.hoveredProperty().get(), labelColor.getValue());
        ring(g, model.selectedProperty().get(), selectionColor.getValue());
    }

    /** Writes every visible point into the pixel buffer; returns how many were visible (capped at LABEL_LIMIT + 1). */
    private int paintPoints() {
        int width = (int) canvas.getWidth();
        int height = (int) canvas.getHeight();
        Arrays.fill(pixels, 0);
        Color c = pointColor.getValue();
        int argb = 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
        PointCloud cloud = model.cloud();
        Viewport view = model.viewport();
        int shown = 0;
        for (int i = 0, n = cloud.size(); i < n; i++) {
            int sx = (int) view.screenX(cloud.x(i));
            int sy = (int) view.screenY(cloud.y(i));
            if (sx < 0 || sy < 0 || sx > width - POINT_SIZE || sy > height - POINT_SIZE) {
                continue;
            }
            if (shown < visible.length) {
                visible[shown++] = i;
            }
            int row = sy * width + sx;
            for (int dy = 0; dy < POINT_SIZE; dy++, row += width) {
                Arrays.fill(pixels, row, row + POINT_SIZE, argb);
            }
        }
        buffer.updateBuffer(b -> null);
        return shown;
    }

    private void ring(GraphicsContext g, int index, Color colour) {
        if (index < 0 || index >= model.cloud().size()) {
            return;
        }
        double x = model.viewport().screenX(model.cloud().x(index));
        double y = model.viewport().screenY(model.cloud().y(index));
        g.setStroke(colour);
        g.setLineWidth(2);
        g.strokeOval(x - RING_RADIUS, y - RING_RADIUS, 2 * RING_RADIUS, 2 * RING_RADIUS);
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return STYLES.getCssMetaData();
    }
}
