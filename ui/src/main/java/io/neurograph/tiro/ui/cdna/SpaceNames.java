package io.neurograph.tiro.ui.cdna;

import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.tiro.ui.support.Messages;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The eight spaces as people read them ("L8 Abstract"), for the editor's rows and the diff's field names. */
final class SpaceNames {
    private static final Pattern SCALE_FIELD = Pattern.compile("dimension_scales\\[(\\d)]");

    private SpaceNames() {
    }

    static String label(CoordinateSpace space, Messages messages) {
        return messages.format("cdna.scale.label", space.code(), messages.get(key(space)));
    }

    /** A diff field: {@code dimension_scales[7]} becomes "L8 Abstract"; other JSON names stay as they are. */
    static String field(String name, Messages messages) {
        Matcher m = SCALE_FIELD.matcher(name);
        return m.matches() ? label(CoordinateSpace.of(Integer.parseInt(m.group(1))), messages) : name;
    }

    private static String key(CoordinateSpace space) {
        return switch (space) {
            case L1_PHYSICAL -> "cdna.space.physical";
            case L2_SENSORY -> "cdna.space.sensory";
            case L3_MOTOR -> "cdna.space.motor";
            case L4_EMOTIONAL -> "cdna.space.emotional";
            case L5_COGNITIVE -> "cdna.space.cognitive";
            case L6_SOCIAL -> "cdna.space.social";
            case L7_TEMPORAL -> "cdna.space.temporal";
            case L8_ABSTRACT -> "cdna.space.abstract";
        };
    }
}
