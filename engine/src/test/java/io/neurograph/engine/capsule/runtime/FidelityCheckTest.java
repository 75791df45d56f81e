package io.neurograph.engine.capsule.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.capsule.TestModels;
import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.capsule.convert.ConversionResult;
import io.neurograph.engine.capsule.convert.OnnxConverter;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FidelityCheckTest {
    @TempDir
    Path dir;

    @Test
    void theConvertedMiniLmAgreesWithTheOriginalOnGeneratedInputs() {
        ConversionResult converted = OnnxConverter.convert(TestModels.minilmFp32(), dir.resolve("minilm.cgraph"),
                new CapsuleMode.Auto(), ConversionListener.NONE);

        FidelityCheck.Report report;
        try (CapsuleRuntime runtime = CapsuleRuntime.open(converted.mini(), RuntimeOptions.DEFAULT)) {
            report = FidelityCheck.compare(TestModels.minilmFp32(), runtime, 3, 1);
        }

        assertThat(report.samples()).isEqualTo(3);
        assertThat(report.outputs()).extracting(FidelityCheck.OutputFidelity::name).contains("last_hidden_state");
        assertThat(report.outputs()).allSatisfy(o -> {
            assertThat(o.maxAbsDifference()).as(o.name()).isLessThanOrEqualTo(1e-4);
            assertThat(o.minCosine()).as(o.name()).isGreaterThan(0.999_999);
        });
    }

    @Test
    void differencesAndCosineOfPlainArrays() {
        assertThat(FidelityCheck.maxAbs(new float[] {1, 2, 3}, new float[] {1, 2.5f, 2})).isEqualTo(1.0);
        assertThat(FidelityCheck.cosine(new float[] {1, 0}, new float[] {0, 1})).isZero();
        assertThat(FidelityCheck.cosine(new float[] {1, 2}, new float[] {2, 4})).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-12));
    }
}
