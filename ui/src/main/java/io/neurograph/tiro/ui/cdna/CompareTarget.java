package io.neurograph.tiro.ui.cdna;

import io.neurograph.engine.cdna.Cdna;
import io.neurograph.engine.cdna.ProfileId;

/** What the edit is compared with in the diff: the CDNA in force or a profile preset. */
public enum CompareTarget {
    ACTIVE(null, "cdna.compare.active"),
    DEFAULT(ProfileId.DEFAULT, "cdna.profile.default"),
    EXPLORER(ProfileId.EXPLORER, "cdna.profile.explorer"),
    ANALYST(ProfileId.ANALYST, "cdna.profile.analyst"),
    CREATIVE(ProfileId.CREATIVE, "cdna.profile.creative");

    private final ProfileId profile;
    private final String labelKey;

    CompareTarget(ProfileId profile, String labelKey) {
        this.profile = profile;
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    Cdna base(Cdna active) {
        return profile == null ? active : Cdna.forProfile(profile, active.modifiedAt());
    }
}
