package io.neurograph.tiro.app.cli;

import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.capsule.convert.ConversionResult;
import io.neurograph.engine.capsule.convert.ModelConverter;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "convert", description = {"Convert an ONNX or GGUF model into OUT.cgraph and OUT.mini.cgraph.",
    "OUT.cgraph holds the weights (memory-mappable), OUT.mini.cgraph the capsule graphs and an index into the full "
        + "file. The source is never modified."})
final class ConvertCommand implements Callable<Integer> {
    private final CliSession session;

    @Parameters(index = "0", paramLabel = "MODEL", description = "An .onnx or .gguf file.")
    Path model;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.cgraph",
            description = "The full output file (default: MODEL with the extension .cgraph).")
    Path output;

    @Option(names = "--capsules", paramLabel = "MODE", defaultValue = "auto", converter = CapsuleModeConverter.class,
            description = "auto (embeddings, one capsule per block, head), layer, node, or a number of capsules. "
                    + "Default: ${DEFAULT-VALUE}.")
    CapsuleMode mode;

    ConvertCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        CliOutput out = session.output();
        Path full = output != null ? output : ModelConverter.defaultOutput(model);
        ConversionResult r = ModelConverter.convert(model, full, mode, new ProgressPrinter(out));
        double seconds = r.nanos() / 1e9;
        long sourceBytes = Files.size(model);
        long fullBytes = Files.size(r.full());
        long miniBytes = Files.size(r.mini());
        double mbPerSecond = sourceBytes / 1e6 / seconds;
        out.result(new Converted(r.full(), r.mini(), r.manifest().capsules().size(), r.manifest().tensors().size(),
                        fullBytes, miniBytes, seconds, mbPerSecond),
                String.format(Locale.ROOT, "Converted %s in %.2f s (%.1f MB/s)%n  full  %s  %s, %s, %s%n  mini  %s  %s",
                        model, seconds, mbPerSecond, r.full(), ByteSizes.human(fullBytes),
                        InspectCommand.count(r.manifest().capsules().size(), "capsule"),
                        InspectCommand.count(r.manifest().tensors().size(), "tensor"), r.mini(),
                        ByteSizes.human(miniBytes)));
        return 0;
    }

    record Converted(Path full, Path mini, int capsules, int tensors, long fullBytes, long miniBytes, double seconds,
            double megabytesPerSecond) {
    }

    /** Progress on stderr: a line per quarter of each byte-counting stage, so logs stay short. */
    private static final class ProgressPrinter implements ConversionListener {
        private static final int STEPS = 4;

        private final CliOutput out;
        private String stage = "";
        private long lastStep = -1;

        ProgressPrinter(CliOutput out) {
            this.out = out;
        }

        @Override
        public void progress(String stage, long done, long total) {
            long step = total <= 0 ? STEPS : done * STEPS / total;
            if (!stage.equals(this.stage)) {
                this.stage = stage;
                lastStep = -1;
            }
            if (step > lastStep && (step > 0 || lastStep < 0)) {
                lastStep = step;
                out.progress(total <= 1 ? stage + (done >= total ? " done" : "")
                        : String.format(Locale.ROOT, "%-8s %3d%%  %s / %s", stage, step * 100 / STEPS,
                                ByteSizes.human(done), ByteSizes.human(total)));
            }
        }
    }
}
