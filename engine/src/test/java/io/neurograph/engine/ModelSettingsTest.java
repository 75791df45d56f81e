package io.neurograph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelSettingsTest {
    @Test
    void threadsGoFromOneToFourPerCoreAndTheRefusalNamesTheRange() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(ModelSettings.MAX_THREADS).isEqualTo(4 * cores);
        assertThat(ModelSettings.threadsInRange(1)).isTrue();
        assertThat(ModelSettings.threadsInRange(ModelSettings.MAX_THREADS)).isTrue();
        assertThat(ModelSettings.threadsInRange(0)).isFalse();
        assertThat(ModelSettings.threadsInRange(ModelSettings.MAX_THREADS + 1)).isFalse();
        assertThat(ModelSettings.threadsInRange(ModelSettings.DEFAULTS.threads())).isTrue();
        assertThatThrownBy(() -> new ModelSettings(ModelSettings.MAX_THREADS + 1, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be between 1 and " + ModelSettings.MAX_THREADS + " (four per core on this"
                        + " machine's " + cores + " cores), got " + (ModelSettings.MAX_THREADS + 1));
    }
}
