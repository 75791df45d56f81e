package io.neurograph.tiro.ui.cdna;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.value.ObservableValue;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** The draft as the engine's JSON, read-only, with keys, numbers and strings highlighted. */
final class RawJsonView extends VirtualizedScrollPane<CodeArea> {
    private static final Pattern TOKENS =
            Pattern.compile("(?<key>\"[^\"]*\"(?=\\s*:))|(?<string>\"[^\"]*\")|(?<number>-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?)");

    RawJsonView(ObservableValue<String> json) {
        super(new CodeArea());
        CodeArea area = getContent();
        area.setEditable(false);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add(CdnaStyles.RAW);
        area.setId("cdna-raw");
        // The text is ~1.5 KB and changes once per edit, so highlighting on the FX thread is cheap.
        json.subscribe(text -> {
            area.replaceText(text);
            area.setStyleSpans(0, highlight(text));
        });
    }

    static StyleSpans<Collection<String>> highlight(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher m = TOKENS.matcher(text);
        int end = 0;
        while (m.find()) {
            String style = m.group("key") != null ? CdnaStyles.JSON_KEY
                    : m.group("string") != null ? CdnaStyles.JSON_STRING : CdnaStyles.JSON_NUMBER;
            spans.add(List.of(), m.start() - end);
            spans.add(List.of(style), m.end() - m.start());
            end = m.end();
        }
        spans.add(List.of(), text.length() - end);
        return spans.create();
    }
}
