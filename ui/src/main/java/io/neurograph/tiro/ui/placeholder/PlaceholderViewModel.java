package io.neurograph.tiro.ui.placeholder;

import io.neurograph.tiro.ui.support.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Title and one-sentence purpose of a tab whose real view is not built yet. */
public final class PlaceholderViewModel {
    private final ReadOnlyStringWrapper title;
    private final ReadOnlyStringWrapper summary;
    private final ReadOnlyStringWrapper badge;

    public PlaceholderViewModel(String titleKey, String summaryKey, Messages messages) {
        this.title = new ReadOnlyStringWrapper(messages.get(titleKey));
        this.summary = new ReadOnlyStringWrapper(messages.get(summaryKey));
        this.badge = new ReadOnlyStringWrapper(messages.get("placeholder.badge"));
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty badgeProperty() {
        return badge.getReadOnlyProperty();
    }
}
