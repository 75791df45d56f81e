package io.neurograph.engine.cdna;

import io.neurograph.engine.cdna.CdnaValidation.Issue;
import java.util.ArrayList;
import java.util.List;

/** The CDNA validation rules: upstream's checks first, in upstream order, then ours. */
final class CdnaValidator {
    /** Upper scale limit per dimension (upstream validate_scales); the lower bound is exclusive 0. */
    private static final float[] MAX_SCALE = {20f, 20f, 20f, 20f, 30f, 20f, 20f, 50f};
    private static final double DANGER_RATIO = 0.75;
    private static final double CAUTION_RATIO = 0.5;
    private static final int U8_MAX = 255;

    private CdnaValidator() {
    }

    static float maxScale(int dimension) {
        if (dimension < 0 || dimension >= MAX_SCALE.length) {
            throw new IllegalArgumentException("Dimension index must be 0..7, got " + dimension);
        }
        return MAX_SCALE[dimension];
    }

    static float cautionScale(int dimension) {
        return (float) (CAUTION_RATIO * maxScale(dimension));
    }

    static float dangerScale(int dimension) {
        return (float) (DANGER_RATIO * maxScale(dimension));
    }

    static CdnaValidation validate(Cdna c) {
        List<Issue> issues = new ArrayList<>();
        if (c.magic() != CdnaLayout.MAGIC_VALUE) {
            error(issues, "magic", String.format("is 0x%08X, expected 0x434E4441 (\"CNDA\")", c.magic()), c.magic());
        }
        if (c.versionMajor() != CdnaLayout.VERSION_MAJOR_VALUE) {
            error(issues, "version_major", "is " + c.versionMajor() + ", only version 2 is supported", c.versionMajor());
        }
        if (c.checksum() != c.computeChecksum()) {
            error(issues, "checksum", String.format("stored 0x%016X does not match computed 0x%016X",
                    c.checksum(), c.computeChecksum()), c.checksum());
        }
        if (c.modifiedAt() < c.createdAt()) {
            error(issues, "modified_at", "is " + c.modifiedAt() + ", before created_at " + c.createdAt(),
                    c.modifiedAt());
        }
        minAboveMax(issues, "min_token_weight", c.minTokenWeight(), c.maxTokenWeight());
        minAboveMax(issues, "min_connection_weight", c.minConnectionWeight(), c.maxConnectionWeight());
        float mutation = c.mutationRate();
        if (mutation < 0f || mutation > 1f) {
            error(issues, "mutation_rate", "is " + mutation + ", must be within 0..1", mutation);
        }

        for (CdnaField f : CdnaField.values()) {
            if (f.kind == CdnaField.Kind.F32 && f != CdnaField.DIMENSION_SCALES && f != CdnaField.BUCKET_SIZES) {
                for (int i = 0; i < f.count; i++) {
                    requireFinite(issues, f.name(i), c.readFloat(f, i));
                }
            }
        }
        minAboveMax(issues, "min_weight_threshold", c.minWeightThreshold(), c.maxWeightThreshold());
        minAboveMax(issues, "min_rigidity", c.minRigidity(), c.maxRigidity());
        minAboveMax(issues, "min_field_radius", c.minFieldRadius(), c.maxFieldRadius());
        minAboveMax(issues, "min_field_strength", c.minFieldStrength(), c.maxFieldStrength());
        atMostU8(issues, "max_field_radius", c.maxFieldRadius());
        atMostU8(issues, "max_field_strength", c.maxFieldStrength());
        for (int d = 0; d < CdnaLayout.DIMENSIONS; d++) {
            float b = c.bucketSize(d);
            if (!Float.isFinite(b) || b <= 0f) {
                error(issues, CdnaField.BUCKET_SIZES.name(d), "is " + b + ", must be a finite number > 0", b);
            }
        }
        issues.addAll(validateScales(c.dimensionScales()).issues());
        return new CdnaValidation(issues);
    }

    static CdnaValidation validateScales(float[] scales) {
        if (scales.length != CdnaLayout.DIMENSIONS) {
            throw new IllegalArgumentException("dimension_scales needs 8 values, got " + scales.length);
        }
        List<Issue> issues = new ArrayList<>();
        for (int d = 0; d < scales.length; d++) {
            String field = CdnaField.DIMENSION_SCALES.name(d);
            float v = scales[d];
            float max = MAX_SCALE[d];
            String space = "L" + (d + 1);
            if (!Float.isFinite(v) || v <= 0f || v > max) {
                error(issues, field, "is " + v + ", " + space + " scale must be > 0 and ≤ " + max, v);
            } else if (v > dangerScale(d)) {
                issues.add(new Issue(Severity.DANGER, field,
                        field + " (" + space + ") = " + v + " is in the danger zone (> 75 % of " + max + ")", v));
            } else if (v > cautionScale(d)) {
                issues.add(new Issue(Severity.CAUTION, field,
                        field + " (" + space + ") = " + v + " is in the caution zone (> 50 % of " + max + ")", v));
            }
        }
        return new CdnaValidation(issues);
    }

    private static void requireFinite(List<Issue> issues, String field, float v) {
        if (!Float.isFinite(v)) {
            error(issues, field, "is " + v + ", must be a finite number", v);
        }
    }

    private static void minAboveMax(List<Issue> issues, String minField, double min, double max) {
        if (min > max) {
            error(issues, minField, "is " + min + ", greater than its maximum " + max, min);
        }
    }

    private static void atMostU8(List<Issue> issues, String field, int raw) {
        if (raw > U8_MAX) {
            error(issues, field, "is " + raw + ", the token field holds at most 255", raw);
        }
    }

    private static void error(List<Issue> issues, String field, String message, double value) {
        issues.add(new Issue(Severity.ERROR, field, field + " " + message, value));
    }
}
