package io.neurograph.tiro.ui.support;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a non-editable choice box shows its items: text only one way, never parsed back (null shows as empty). */
public final class DisplayConverter {
    private DisplayConverter() {
    }

    public static <T> StringConverter<T> of(Function<? super T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("a display-only converter has no parsing");
            }
        };
    }
}
