package io.neurograph.tiro.app.cli;

import io.neurograph.engine.capsule.onnx.CapsuleMode;
import picocli.CommandLine;

/** {@code --capsules auto|layer|node|N}. */
final class CapsuleModeConverter implements CommandLine.ITypeConverter<CapsuleMode> {
    @Override
    public CapsuleMode convert(String value) {
        try {
            return CapsuleMode.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
