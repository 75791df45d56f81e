package io.neurograph.tiro.ui.dashboard;

/** Something worth a vertical line on the time axis; {@code detail} is shown as given (ids, profile names). */
public record Marker(long epochMillis, Kind kind, String detail) {

    public enum Kind {
        IMPORT("dashboard.marker.import"),
        CDNA("dashboard.marker.cdna"),
        GC("dashboard.marker.gc");

        private final String titleKey;

        Kind(String titleKey) {
            this.titleKey = titleKey;
        }

        public String titleKey() {
            return titleKey;
        }
    }
}
