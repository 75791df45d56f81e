package io.neurograph.tiro.ui.cdna;

import io.neurograph.engine.cdna.Cdna;
import java.util.function.ToLongFunction;

/** The degree limits the editor offers, with how to read and write each on a CDNA. */
public enum CdnaLimit {
    MAX_OUT_DEGREE("cdna.limit.maxOutDegree", Cdna::maxOutDegree),
    MAX_IN_DEGREE("cdna.limit.maxInDegree", Cdna::maxInDegree),
    MAX_TOTAL_DEGREE("cdna.limit.maxTotalDegree", Cdna::maxTotalDegree);

    /** Upper end of the editor's spinners; the record holds a u32. */
    static final int EDITOR_MAX = 1_000_000;

    private final String labelKey;
    private final ToLongFunction<Cdna> read;

    CdnaLimit(String labelKey, ToLongFunction<Cdna> read) {
        this.labelKey = labelKey;
        this.read = read;
    }

    public String labelKey() {
        return labelKey;
    }

    public long of(Cdna cdna) {
        return read.applyAsLong(cdna);
    }

    Cdna.Editor write(Cdna.Editor editor, long value) {
        return switch (this) {
            case MAX_OUT_DEGREE -> editor.maxOutDegree(value);
            case MAX_IN_DEGREE -> editor.maxInDegree(value);
            case MAX_TOTAL_DEGREE -> editor.maxTotalDegree(value);
        };
    }
}
