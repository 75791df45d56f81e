package io.neurograph.engine.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one check every setting value goes through. */
class ModuleSettingTest {
    private static final ModuleSetting DECIMAL = new ModuleSetting("min_confidence", SettingType.DECIMAL, "0.7", "0.7",
            "0", "1", false, "d");
    private static final ModuleSetting INTEGER = new ModuleSetting("batch_size", SettingType.INTEGER, "1000", "1000",
            "1", "1000000", false, "d");
    private static final ModuleSetting BYTES = new ModuleSetting("max_memory_bytes", SettingType.BYTES, "1073741824",
            "1073741824", "16777216", "1099511627776", true, "d");

    @Test
    void valuesComeOutInCanonicalForm() {
        assertThat(DECIMAL.parse(" 0.80 ")).isEqualTo("0.8");
        assertThat(DECIMAL.parse("1.0")).isEqualTo("1");
        assertThat(DECIMAL.parse(".5")).isEqualTo("0.5");
        assertThat(INTEGER.parse("10_000")).isEqualTo("10000");
        assertThat(INTEGER.parse("1e3")).isEqualTo("1000");
        assertThat(INTEGER.parse("250.0")).isEqualTo("250");
        assertThat(BYTES.parse("2g")).isEqualTo("2147483648");
        assertThat(BYTES.parse("1.5G")).isEqualTo("1610612736");
        assertThat(BYTES.parse("512m")).isEqualTo("536870912");
        assertThat(BYTES.parse("NONE")).isEqualTo("none");
        assertThat(INTEGER.parse("Default")).isEqualTo("1000");
    }

    @Test
    void aValueOutsideTheRangeOrOfTheWrongTypeSaysWhatIsTaken() {
        assertThatThrownBy(() -> DECIMAL.parse("1.4")).hasMessage("must be between 0 and 1, got 1.4");
        assertThatThrownBy(() -> DECIMAL.parse("1.0000000001")).hasMessage("must be between 0 and 1, got 1.0000000001");
        assertThatThrownBy(() -> DECIMAL.parse("NaN")).hasMessage("must be between 0 and 1, got NaN");
        assertThatThrownBy(() -> DECIMAL.parse("none")).hasMessage("must be between 0 and 1, got none");
        assertThatThrownBy(() -> INTEGER.parse("2.5")).hasMessage("must be a whole number between 1 and 1000000,"
                + " got 2.5");
        assertThatThrownBy(() -> INTEGER.parse("0")).hasMessageEndingWith("got 0");
        assertThatThrownBy(() -> BYTES.parse("1k")).hasMessage("must be a byte count (512m, 4g) between 16777216 and"
                + " 1099511627776, or none, got 1k");
        assertThatThrownBy(() -> BYTES.parse("1.0000001k")).hasMessageEndingWith("got 1.0000001k");
        assertThat(INTEGER.accepts("")).isFalse();
        assertThat(INTEGER.accepts(null)).isFalse();
        assertThat(INTEGER.accepts("1000000")).isTrue();
    }

    @Test
    void aRangeMustNotBeUpsideDown() {
        assertThatThrownBy(() -> new ModuleSetting("x", SettingType.INTEGER, "1", "1", "5", "2", false, "d"))
                .hasMessage("x: min 5 is above max 2");
    }
}
