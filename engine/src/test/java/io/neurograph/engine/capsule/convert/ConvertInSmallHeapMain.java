package io.neurograph.engine.capsule.convert;

import io.neurograph.engine.capsule.onnx.CapsuleMode;
import java.nio.file.Path;

/** Child JVM of {@link OnnxConverterTest}: converts args[0] into args[1] under whatever -Xmx it was given. */
public final class ConvertInSmallHeapMain {
    private ConvertInSmallHeapMain() {
    }

    public static void main(String[] args) {
        OnnxConverter.convert(Path.of(args[0]), Path.of(args[1]), new CapsuleMode.Auto(), ConversionListener.NONE);
    }
}
