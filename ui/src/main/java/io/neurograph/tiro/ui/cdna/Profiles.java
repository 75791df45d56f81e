package io.neurograph.tiro.ui.cdna;

import io.neurograph.engine.cdna.ProfileId;
import java.util.List;

/** The profile presets a user can load, and the label of every profile id. */
final class Profiles {
    /** CUSTOM is what an edited preset becomes, not a preset of its own. */
    static final List<ProfileId> PRESETS =
            List.of(ProfileId.DEFAULT, ProfileId.EXPLORER, ProfileId.ANALYST, ProfileId.CREATIVE);

    private Profiles() {
    }

    static String labelKey(ProfileId profile) {
        return switch (profile) {
            case DEFAULT -> "cdna.profile.default";
            case EXPLORER -> "cdna.profile.explorer";
            case ANALYST -> "cdna.profile.analyst";
            case CREATIVE -> "cdna.profile.creative";
            case CUSTOM -> "cdna.profile.custom";
        };
    }
}
