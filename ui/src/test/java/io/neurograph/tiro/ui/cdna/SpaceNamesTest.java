package io.neurograph.tiro.ui.cdna;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.tiro.ui.support.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpaceNamesTest {
    @Test
    void scaleFieldsReadAsTheirSpaceOthersStayAsTheyAre() {
        Messages english = new Messages(Locale.ENGLISH);
        assertThat(SpaceNames.field("dimension_scales[7]", english)).isEqualTo("L8 Abstract");
        assertThat(SpaceNames.field("dimension_scales[0]", english)).isEqualTo("L1 Physical");
        assertThat(SpaceNames.field("max_out_degree", english)).isEqualTo("max_out_degree");
    }
}
