package io.neurograph.tiro.ui.conceptmap;

/**
 * Maps world coordinates (L8 units, Y up) to screen pixels (Y down): a centre, a scale in pixels per unit and
 * the canvas size. Zooming keeps the world point under the cursor where it is.
 */
final class Viewport {
    private static final double MIN_SCALE = 1e-3;
    private static final double MAX_SCALE = 1e9;
    /** Fitting leaves this fraction of the canvas as a margin around the points. */
    private static final double FIT_MARGIN = 0.05;

    private double width;
    private double height;
    private double centreX;
    private double centreY;
    private double scale = 100;

    void resize(double newWidth, double newHeight) {
        width = newWidth;
        height = newHeight;
    }

    boolean hasArea() {
        return width > 0 && height > 0;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    double scale() {
        return scale;
    }

    double screenX(double worldX) {
        return (worldX - centreX) * scale + width / 2;
    }

    double screenY(double worldY) {
        return height / 2 - (worldY - centreY) * scale;
    }

    double worldX(double screenX) {
        return centreX + (screenX - width / 2) / scale;
    }

    double worldY(double screenY) {
        return centreY - (screenY - height / 2) / scale;
    }

    void zoomAt(double factor, double screenX, double screenY) {
        double wx = worldX(screenX);
        double wy = worldY(screenY);
        scale = Math.clamp(scale * factor, MIN_SCALE, MAX_SCALE);
        centreX = wx - (screenX - width / 2) / scale;
        centreY = wy + (screenY - height / 2) / scale;
    }

    /** Moves the content by (dx, dy) pixels, as a drag does. */
    void pan(double dx, double dy) {
        centreX -= dx / scale;
        centreY += dy / scale;
    }

    void centreOn(double worldX, double worldY) {
        centreX = worldX;
        centreY = worldY;
    }

    /** Shows the whole box; a box without extent (one point) keeps the current scale. */
    void fit(double minX, double minY, double maxX, double maxY) {
        centreOn((minX + maxX) / 2, (minY + maxY) / 2);
        double spanX = maxX - minX;
        double spanY = maxY - minY;
        if (spanX > 0 || spanY > 0) {
            double usable = 1 - 2 * FIT_MARGIN;
            double sx = spanX > 0 ? width * usable / spanX : Double.MAX_VALUE;
            double sy = spanY > 0 ? height * usable / spanY : Double.MAX_VALUE;
            scale = Math.clamp(Math.min(sx, sy), MIN_SCALE, MAX_SCALE);
        }
    }
}
