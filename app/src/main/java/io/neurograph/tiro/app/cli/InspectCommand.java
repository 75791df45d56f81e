package io.neurograph.tiro.app.cli;

import io.neurograph.engine.capsule.cgraph.ValueSpec;
import io.neurograph.engine.capsule.convert.ModelInspector;
import io.neurograph.engine.capsule.convert.ModelSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "inspect", description = "Show the format, metadata, inputs/outputs, capsules and tensor totals "
        + "of an .onnx, .gguf or .cgraph file (weights are not read).")
final class InspectCommand implements Callable<Integer> {
    private static final int MAX_OPERATORS = 12;

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "FILE", description = "An .onnx, .gguf or .cgraph file.")
    Path file;

    InspectCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        ModelSummary s = ModelInspector.inspect(file);
        session.output().result(s, text(s));
        return 0;
    }

    private static String text(ModelSummary s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-10s %s (%s)%n", "File", s.file(), ByteSizes.human(s.fileSize())));
        b.append(String.format("%-10s %s%n", "Format", s.format()));
        s.metadata().forEach((k, v) -> b.append(String.format("  %-28s %s%n", k, v)));
        values(b, "Inputs", s.inputs());
        values(b, "Outputs", s.outputs());
        if (!s.operators().isEmpty()) {
            String ops = s.operators().entrySet().stream().limit(MAX_OPERATORS)
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
            int more = s.operators().size() - MAX_OPERATORS;
            b.append(String.format("%-10s %s%s%n", "Operators", ops, more > 0 ? ", … " + more + " more types" : ""));
        }
        b.append(String.format("%-10s %d, %s%n", "Tensors", s.tensorCount(), ByteSizes.human(s.tensorBytes())));
        for (ModelSummary.DtypeTotal t : s.tensors()) {
            b.append(String.format("  %-12s %6d  %s%n", t.dtype(), t.count(), ByteSizes.human(t.bytes())));
        }
        if (!s.capsules().isEmpty()) {
            b.append(String.format("%-10s %d%n", "Capsules", s.capsules().size()));
            for (ModelSummary.Capsule c : s.capsules()) {
                b.append(String.format("  %3d %-16s %-10s %5d nodes %4d tensors %10s  %s, %s%n", c.index(),
                        c.name(), c.kind(), c.nodes(), c.tensors(), ByteSizes.human(c.bytes()),
                        count(c.inputs().size(), "input"), count(c.outputs().size(), "output")));
            }
        }
        return b.toString().stripTrailing();
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void values(StringBuilder b, String title, List<ValueSpec> values) {
        if (values.isEmpty()) {
            return;
        }
        b.append(String.format("%s%n", title));
        for (ValueSpec v : values) {
            b.append(String.format("  %-28s %s %s%n", v.name(), v.dtype(), v.shape() == null ? "[?]" : v.shape()
                    .stream().map(d -> d == null ? "?" : d.toString()).collect(Collectors.joining(", ", "[", "]"))));
        }
    }
}
