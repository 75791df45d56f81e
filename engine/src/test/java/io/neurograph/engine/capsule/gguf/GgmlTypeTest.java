package io.neurograph.engine.capsule.gguf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GgmlTypeTest {
    @Test
    void idsMatchGgmlWithRemovedIdsAbsent() {
        assertThat(GgmlType.values()).hasSize(35);
        for (GgmlType type : GgmlType.values()) {
            assertThat(GgmlType.of(type.id())).isSameAs(type);
        }
        for (int removed : new int[] {4, 5, 31, 32, 33, 36, 37, 38, 43, -1, 1000}) {
            assertThat(GgmlType.of(removed)).as("id %d", removed).isNull();
        }
        assertThat(Arrays.stream(GgmlType.values()).mapToInt(GgmlType::id).max()).hasValue(42);
    }

    @Test
    void blockAndTypeSizesGiveTheBitsPerWeight() {
        assertThat(bitsPerWeight(GgmlType.F32)).isEqualTo(32);
        assertThat(bitsPerWeight(GgmlType.BF16)).isEqualTo(16);
        assertThat(bitsPerWeight(GgmlType.Q4_0)).isEqualTo(4.5);
        assertThat(bitsPerWeight(GgmlType.Q5_1)).isEqualTo(6.0);
        assertThat(bitsPerWeight(GgmlType.Q8_0)).isEqualTo(8.5);
        assertThat(bitsPerWeight(GgmlType.Q2_K)).isEqualTo(2.625);
        assertThat(bitsPerWeight(GgmlType.Q4_K)).isEqualTo(4.5);
        assertThat(bitsPerWeight(GgmlType.Q6_K)).isEqualTo(6.5625);
        assertThat(bitsPerWeight(GgmlType.Q8_K)).isEqualTo(9.125);
        assertThat(GgmlType.MXFP4.blockSize()).isEqualTo(32);
        assertThat(GgmlType.MXFP4.typeSize()).isEqualTo(17);
        assertThat(GgmlType.Q2_0.id()).isEqualTo(42);
        assertThat(GgmlType.Q4_K.typeName()).isEqualTo("q4_k");
        assertThat(GgmlType.F16.isQuantized()).isFalse();
        assertThat(GgmlType.IQ4_NL.isQuantized()).isTrue();
    }

    @Test
    void bytesForCountsWholeBlocksAndOverflowsLoudly() {
        assertThat(GgmlType.Q8_0.bytesFor(64)).isEqualTo(68);
        assertThat(GgmlType.Q6_K.bytesFor(0)).isZero();
        assertThat(GgmlType.F32.bytesFor(6)).isEqualTo(24);
        assertThatThrownBy(() -> GgmlType.Q4_0.bytesFor(31)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GgmlType.F32.bytesFor(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GgmlType.F64.bytesFor(1L << 61)).isInstanceOf(ArithmeticException.class);
    }

    private static double bitsPerWeight(GgmlType type) {
        return 8.0 * type.typeSize() / type.blockSize();
    }
}
