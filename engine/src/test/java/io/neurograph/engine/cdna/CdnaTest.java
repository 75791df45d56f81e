package io.neurograph.engine.cdna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.cdna.CdnaValidation.Issue;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.util.LittleEndian;
import java.util.List;
import org.junit.jupiter.api.Test;

class CdnaTest {
    private static final long T0 = 1_700_000_000L;

    /** Straightforward FNV-1a 64 over every byte except 40..47, independent of the production code. */
    private static long referenceChecksum(byte[] b) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < b.length; i++) {
            if (i >= 40 && i < 48) {
                continue;
            }
            h ^= b[i] & 0xFF;
            h *= 0x100000001b3L;
        }
        return h;
    }

    @Test
    void defaultsHaveTheUpstreamLayout() {
        byte[] b = Cdna.defaults(T0).toBytes();
        assertThat(b).hasSize(384);
        assertThat(LittleEndian.u32(b, 0)).isEqualTo(0x434E4441L);
        assertThat(LittleEndian.u16(b, 4)).isEqualTo(2);
        assertThat(LittleEndian.u16(b, 6)).isEqualTo(1);
        assertThat(LittleEndian.i64(b, 8)).isEqualTo(T0);
        assertThat(LittleEndian.i64(b, 16)).isEqualTo(T0);
        assertThat(LittleEndian.u32(b, 24)).isZero();
        assertThat(LittleEndian.u32(b, 28)).isEqualTo(0x5);
        assertThat(LittleEndian.u32(b, 32)).isEqualTo(0x3);
        for (int d = 0; d < 8; d++) {
            assertThat(LittleEndian.u8(b, 64 + d)).isEqualTo(d);
            assertThat(LittleEndian.u8(b, 72 + d)).isEqualTo(0xFF);
            assertThat(LittleEndian.f32(b, 80 + 4 * d)).isEqualTo(1.0f);
            assertThat(LittleEndian.f32(b, 144 + 4 * d)).isEqualTo(1.0f);
        }
        assertThat(LittleEndian.i64(b, 192)).isEqualTo(-1L);
        assertThat(LittleEndian.u32(b, 200)).isEqualTo(1000);
        assertThat(LittleEndian.u32(b, 204)).isEqualTo(1000);
        assertThat(LittleEndian.u32(b, 208)).isEqualTo(2000);
        assertThat(LittleEndian.f32(b, 216)).isEqualTo(1.0f);
        assertThat(LittleEndian.f32(b, 260)).isEqualTo(1.0f);
        assertThat(LittleEndian.u16(b, 266)).isEqualTo(255);
        assertThat(LittleEndian.u16(b, 270)).isEqualTo(255);
        assertThat(LittleEndian.f32(b, 292)).isEqualTo(1.0f);
        assertThat(LittleEndian.f32(b, 300)).isEqualTo(1.0f);
        assertThat(LittleEndian.f32(b, 304)).isEqualTo(0.5f);
        assertThat(LittleEndian.f32(b, 308)).isEqualTo(0.01f);
        assertThat(LittleEndian.f32(b, 352)).isEqualTo(0.01f);
        assertThat(LittleEndian.f32(b, 356)).isEqualTo(0.1f);
        assertThat(LittleEndian.f32(b, 360)).isEqualTo(0.5f);
        assertThat(LittleEndian.f32(b, 368)).isEqualTo(0.01f);
        for (int[] reserved : new int[][] {{36, 40}, {48, 64}, {176, 192}, {220, 256}, {272, 288}, {312, 352},
                {372, 384}}) {
            for (int i = reserved[0]; i < reserved[1]; i++) {
                assertThat(b[i]).as("reserved byte %d", i).isZero();
            }
        }
    }

    @Test
    void defaultBucketSizesSuitEachSpacesRange() {
        assertThat(Cdna.defaults(T0).bucketSizes()).containsExactly(10f, 0.1f, 1f, 0.1f, 0.1f, 0.1f, 10f, 0.1f);
    }

    @Test
    void checksumIsFnv1aOverAllBytesButTheChecksumItself() {
        Cdna c = Cdna.defaults(T0);
        assertThat(c.checksum()).isEqualTo(referenceChecksum(c.toBytes())).isEqualTo(c.computeChecksum());
        // Computed once, independently (Python struct + FNV-1a), for defaults created at T0.
        assertThat(c.checksum()).isEqualTo(0xe7d04de0b1faa792L);
        assertThat(LittleEndian.i64(c.toBytes(), 40)).isEqualTo(c.checksum());
    }

    @Test
    void everyEditRecomputesChecksumAndModifiedAt() {
        Cdna before = Cdna.defaults(T0);
        Cdna after = before.edit().maxOutDegree(1234).build(T0 + 60);
        assertThat(after.modifiedAt()).isEqualTo(T0 + 60);
        assertThat(after.createdAt()).isEqualTo(T0);
        assertThat(after.checksum()).isNotEqualTo(before.checksum())
                .isEqualTo(referenceChecksum(after.toBytes()));
        assertThat(after.validate().isValid()).isTrue();
        assertThat(before.maxOutDegree()).as("the original is immutable").isEqualTo(1000);
    }

    @Test
    void editorWritesEachFieldAtItsOffset() {
        Cdna c = Cdna.defaults(T0).edit()
                .profile(ProfileId.CUSTOM).profileState(0xD).flags(0xF)
                .dimensionFlags(2, 0x0F).dimensionScale(4, 7.5f).bucketSize(7, 0.25f).fieldStrengthLimit(1, 0.5f)
                .allowedConnectionTypes(0x00FF_0000_0000_00F0L)
                .maxOutDegree(11).maxInDegree(12).maxTotalDegree(13)
                .minWeightThreshold(0.1f).maxWeightThreshold(0.9f)
                .minTokenWeight(0.2f).maxTokenWeight(5f)
                .minFieldRadius(3).maxFieldRadius(200).minFieldStrength(4).maxFieldStrength(250)
                .minConnectionWeight(-1f).maxConnectionWeight(3f).minRigidity(0.1f).maxRigidity(0.8f)
                .defaultPullStrength(0.7f).decayRate(0.02f)
                .mutationRate(0.3f).crossoverRate(0.4f).selectionPressure(0.6f).evolutionFlags(0x1234)
                .traceSampleRate(0.5f)
                .build(T0 + 1);
        byte[] b = c.toBytes();
        assertThat(LittleEndian.u32(b, 24)).isEqualTo(255);
        assertThat(LittleEndian.u32(b, 28)).isEqualTo(0xD);
        assertThat(LittleEndian.u32(b, 32)).isEqualTo(0xF);
        assertThat(LittleEndian.u8(b, 74)).isEqualTo(0x0F);
        assertThat(LittleEndian.f32(b, 96)).isEqualTo(7.5f);
        assertThat(LittleEndian.f32(b, 140)).isEqualTo(0.25f);
        assertThat(LittleEndian.f32(b, 148)).isEqualTo(0.5f);
        assertThat(LittleEndian.i64(b, 192)).isEqualTo(0x00FF_0000_0000_00F0L);
        assertThat(LittleEndian.u32(b, 200)).isEqualTo(11);
        assertThat(LittleEndian.u32(b, 204)).isEqualTo(12);
        assertThat(LittleEndian.u32(b, 208)).isEqualTo(13);
        assertThat(LittleEndian.f32(b, 212)).isEqualTo(0.1f);
        assertThat(LittleEndian.f32(b, 216)).isEqualTo(0.9f);
        assertThat(LittleEndian.f32(b, 256)).isEqualTo(0.2f);
        assertThat(LittleEndian.f32(b, 260)).isEqualTo(5f);
        assertThat(LittleEndian.u16(b, 264)).isEqualTo(3);
        assertThat(LittleEndian.u16(b, 266)).isEqualTo(200);
        assertThat(LittleEndian.u16(b, 268)).isEqualTo(4);
        assertThat(LittleEndian.u16(b, 270)).isEqualTo(250);
        assertThat(LittleEndian.f32(b, 288)).isEqualTo(-1f);
        assertThat(LittleEndian.f32(b, 292)).isEqualTo(3f);
        assertThat(LittleEndian.f32(b, 296)).isEqualTo(0.1f);
        assertThat(LittleEndian.f32(b, 300)).isEqualTo(0.8f);
        assertThat(LittleEndian.f32(b, 304)).isEqualTo(0.7f);
        assertThat(LittleEndian.f32(b, 308)).isEqualTo(0.02f);
        assertThat(LittleEndian.f32(b, 352)).isEqualTo(0.3f);
        assertThat(LittleEndian.f32(b, 356)).isEqualTo(0.4f);
        assertThat(LittleEndian.f32(b, 360)).isEqualTo(0.6f);
        assertThat(LittleEndian.u32(b, 364)).isEqualTo(0x1234);
        assertThat(LittleEndian.f32(b, 368)).isEqualTo(0.5f);
        assertThat(c.profile()).isEqualTo(ProfileId.CUSTOM);
        assertThat(c.maxTokenWeight()).isEqualTo(5f);
        assertThat(Cdna.fromBytes(b)).isEqualTo(c);
    }

    @Test
    void unsignedFieldsReadBackUnsigned() {
        Cdna c = Cdna.defaults(T0).edit().maxOutDegree(0xFFFF_FFFFL).dimensionFlags(0, 0xFF).maxFieldRadius(0xFFFF)
                .build(T0);
        assertThat(c.maxOutDegree()).isEqualTo(0xFFFF_FFFFL);
        assertThat(c.dimensionFlags(0)).isEqualTo(0xFF);
        assertThat(c.maxFieldRadius()).isEqualTo(0xFFFF);
    }

    @Test
    void editorRefusesIntegersTheFieldCannotHold() {
        assertThatThrownBy(() -> Cdna.defaults(T0).edit().maxOutDegree(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_out_degree");
        assertThatThrownBy(() -> Cdna.defaults(T0).edit().maxFieldRadius(70_000))
                .hasMessageContaining("max_field_radius").hasMessageContaining("65535");
        assertThatThrownBy(() -> Cdna.defaults(T0).edit().dimensionScale(8, 1f))
                .hasMessageContaining("dimension_scales index must be 0..7");
        assertThatThrownBy(() -> Cdna.defaults(T0).edit().dimensionScales(new float[3]))
                .hasMessageContaining("needs 8 values, got 3");
        assertThatThrownBy(() -> Cdna.defaults(T0).edit().allowConnectionType(0xB0, true))
                .hasMessageContaining("0xB0");
    }

    @Test
    void fromBytesNeedsExactly384Bytes() {
        assertThatThrownBy(() -> Cdna.fromBytes(new byte[383]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly 384 bytes, got 383");
    }

    @Test
    void profilesApplyTheirDeltasAndScales() {
        Cdna d = Cdna.forProfile(ProfileId.DEFAULT, T0);
        assertThat(d).isEqualTo(Cdna.defaults(T0));

        Cdna e = Cdna.forProfile(ProfileId.EXPLORER, T0);
        assertThat(e.profile()).isEqualTo(ProfileId.EXPLORER);
        assertThat(e.profileIdCode()).isEqualTo(1);
        assertThat(e.maxOutDegree()).isEqualTo(2000);
        assertThat(e.maxTotalDegree()).isEqualTo(4000);
        assertThat(e.maxInDegree()).isEqualTo(1000);
        assertThat(e.mutationRate()).isEqualTo(0.05f);
        assertThat(e.dimensionScales()).containsExactly(1.0f, 1.5f, 1.2f, 2.0f, 3.0f, 2.5f, 2.0f, 5.0f);

        Cdna a = Cdna.forProfile(ProfileId.ANALYST, T0);
        assertThat(a.maxOutDegree()).isEqualTo(500);
        assertThat(a.maxTotalDegree()).isEqualTo(1000);
        assertThat(a.flags()).isEqualTo(CdnaFlags.ENABLE_VALIDATION | CdnaFlags.ENABLE_EVENTS | CdnaFlags.STRICT_MODE);
        assertThat(a.dimensionScales()).containsExactly(1.0f, 1.0f, 1.0f, 1.5f, 10.0f, 5.0f, 3.0f, 20.0f);

        Cdna c = Cdna.forProfile(ProfileId.CREATIVE, T0);
        assertThat(c.mutationRate()).isEqualTo(0.1f);
        assertThat(c.crossoverRate()).isEqualTo(0.2f);
        assertThat(c.hasFlag(CdnaFlags.ENABLE_MUTATION)).isTrue();
        assertThat(c.dimensionScales()).containsExactly(1f, 2f, 3f, 5f, 8f, 13f, 20f, 34f);

        for (ProfileId p : ProfileId.values()) {
            Cdna x = Cdna.forProfile(p, T0);
            assertThat(x.validate().isValid()).as(p + ": " + x.validate().describe()).isTrue();
            assertThat(x.checksum()).isEqualTo(referenceChecksum(x.toBytes()));
        }
    }

    @Test
    void profileIdDecodesAndParses() {
        assertThat(ProfileId.of(255)).isEqualTo(ProfileId.CUSTOM);
        assertThat(ProfileId.of(42)).as("unknown codes mean Default").isEqualTo(ProfileId.DEFAULT);
        assertThat(ProfileId.parse(" Explorer ")).isEqualTo(ProfileId.EXPLORER);
        assertThat(ProfileId.parse("analyzer")).isEqualTo(ProfileId.ANALYST);
        assertThatThrownBy(() -> ProfileId.parse("balanced")).hasMessageContaining("balanced")
                .hasMessageContaining("explorer");
    }

    @Test
    void upstreamErrorsComeInUpstreamOrder() {
        byte[] b = Cdna.defaults(T0).edit().minTokenWeight(2f).minConnectionWeight(5f).mutationRate(1.5f)
                .build(T0 - 10).toBytes();
        LittleEndian.putU32(b, 0, 0xDEADBEEFL);
        LittleEndian.putU16(b, 4, 3);
        CdnaValidation v = Cdna.fromBytes(b).validate();
        assertThat(v.isValid()).isFalse();
        assertThat(v.errors()).extracting(Issue::field).startsWith("magic", "version_major", "checksum", "modified_at",
                "min_token_weight", "min_connection_weight", "mutation_rate");
    }

    @Test
    void aTamperedRecordFailsItsChecksum() {
        byte[] b = Cdna.defaults(T0).toBytes();
        b[200] ^= 1;
        CdnaValidation v = Cdna.fromBytes(b).validate();
        assertThat(v.errors()).extracting(Issue::field).containsExactly("checksum");
        assertThat(v.describe()).contains("does not match");
    }

    @Test
    void nanInAnyFloatFieldIsAnErrorNamingTheField() {
        CdnaValidation v = Cdna.defaults(T0).edit().decayRate(Float.NaN).fieldStrengthLimit(3, Float.NaN)
                .maxRigidity(Float.POSITIVE_INFINITY).build(T0).validate();
        assertThat(v.errors()).extracting(Issue::field)
                .containsExactly("field_strength_limits[3]", "max_rigidity", "decay_rate");
        assertThat(v.errors().getFirst().message()).contains("field_strength_limits[3]").contains("NaN");
    }

    @Test
    void bucketSizesAndScalesMustBePositiveAndFinite() {
        CdnaValidation v = Cdna.defaults(T0).edit().bucketSize(2, 0f).bucketSize(5, Float.NaN)
                .dimensionScale(0, -1f).dimensionScale(1, Float.NaN).build(T0).validate();
        assertThat(v.errors()).extracting(Issue::field)
                .containsExactly("bucket_sizes[2]", "bucket_sizes[5]", "dimension_scales[0]", "dimension_scales[1]");
    }

    @Test
    void ourRangeChecksCatchInvertedBounds() {
        CdnaValidation v = Cdna.defaults(T0).edit().minRigidity(0.9f).maxRigidity(0.1f).minFieldRadius(10)
                .maxFieldRadius(5).maxFieldStrength(300).build(T0).validate();
        assertThat(v.errors()).extracting(Issue::field)
                .containsExactly("min_rigidity", "min_field_radius", "max_field_strength");
    }

    @Test
    void scaleLimitsGiveErrorsAndWarnings() {
        CdnaValidation v = Cdna.validateScales(new float[] {10.5f, 16f, 0f, 20f, 31f, 10f, 1f, 50f});
        assertThat(v.issues()).extracting(Issue::field, Issue::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dimension_scales[0]", Severity.CAUTION),
                org.assertj.core.groups.Tuple.tuple("dimension_scales[1]", Severity.DANGER),
                org.assertj.core.groups.Tuple.tuple("dimension_scales[2]", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("dimension_scales[3]", Severity.DANGER),
                org.assertj.core.groups.Tuple.tuple("dimension_scales[4]", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("dimension_scales[7]", Severity.DANGER));
        assertThat(v.isValid()).isFalse();
        assertThat(v.warnings()).hasSize(4);
        assertThat(v.issues().get(4).message()).contains("L5").contains("30.0");
        assertThat(v.issues().get(4).value()).isEqualTo(31.0);
    }

    @Test
    void warningsAloneKeepACdnaValid() {
        CdnaValidation v = Cdna.forProfile(ProfileId.CREATIVE, T0).validate();
        assertThat(v.isValid()).isTrue();
        assertThat(v.warnings()).extracting(Issue::field)
                .containsExactly("dimension_scales[5]", "dimension_scales[6]", "dimension_scales[7]");
        assertThat(Cdna.maxScale(4)).isEqualTo(30f);
        assertThatThrownBy(() -> Cdna.validateScales(new float[7])).hasMessageContaining("8 values, got 7");
    }

    @Test
    void connectionTypeMaskUsesTheLowSixBitsOfTheCode() {
        Cdna c = Cdna.defaults(T0).edit().allowedConnectionTypes(0).allowConnectionType(0x50, true).build(T0);
        assertThat(c.allowedConnectionTypes()).isEqualTo(1L << 16);
        assertThat(c.isConnectionTypeAllowed(0x50)).isTrue();
        assertThat(c.isConnectionTypeAllowed(0x10)).as("0x10 & 63 == 0x50 & 63").isTrue();
        assertThat(c.isConnectionTypeAllowed(0x51)).isFalse();
        assertThat(c.isConnectionTypeAllowed(ConnectionType.MAX_CODE + 1)).isFalse();
    }

    @Test
    void flagEditingKeepsOtherBits() {
        Cdna c = Cdna.defaults(T0).edit().flag(CdnaFlags.ENABLE_VALIDATION, false).build(T0);
        assertThat(c.hasFlag(CdnaFlags.ENABLE_VALIDATION)).isFalse();
        assertThat(c.hasFlag(CdnaFlags.ENABLE_EVENTS)).isTrue();
        assertThat(List.of(c.hasState(ProfileState.ACTIVE), c.hasState(ProfileState.VALIDATED))).containsOnly(true);
    }
}
