package io.neurograph.tiro.app.cli;

import io.neurograph.engine.ModelRuntimes;
import io.neurograph.engine.ModelSettings;
import io.neurograph.engine.capsule.runtime.CapsuleRuntime;
import io.neurograph.engine.capsule.runtime.CapsuleTiming;
import io.neurograph.engine.capsule.runtime.RunResult;
import io.neurograph.engine.capsule.runtime.RuntimeOptions;
import io.neurograph.engine.capsule.runtime.RuntimeStats;
import io.neurograph.engine.capsule.runtime.TensorJson;
import io.neurograph.engine.capsule.runtime.TensorValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import io.neurograph.engine.capsule.ModelFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", description = {"Run a converted model and time its capsules.",
    "Capsules load lazily from the memory-mapped full file and are evicted least-recently-used to stay under the "
        + "memory budget. Prints per-capsule and total timings."})
final class RunCommand implements Callable<Integer> {
    private static final int PREVIEW = 6;

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "MODEL.cgraph", description = "A .mini.cgraph (or full .cgraph) file.")
    Path model;

    @Option(names = "--inputs", required = true, paramLabel = "INPUTS.json",
            description = "Input name → nested array of numbers (int64 or float32 as the model declares).")
    Path inputs;

    @Option(names = "--output-json", paramLabel = "OUT.json",
            description = "Write outputs as name → {\"shape\": [...], \"data\": [flat values]}.")
    Path outputJson;

    @Option(names = "--threads", paramLabel = "N",
            description = "Intra-op threads (0 = ONNX Runtime's default, one per core). Default: one per core (in the "
                    + "app's Terminal: the worker threads chosen in Settings).")
    Integer threads;

    @Option(names = "--memory-budget", paramLabel = "SIZE", converter = ByteSizes.Converter.class,
            description = "Upper bound for loaded capsule weights, e.g. 64m (default: unlimited).")
    Long memoryBudget;

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "1",
            description = "Run K times, the first included (capsules load during the first run); timings: median.")
    int repeat;

    RunCommand(CliSession session) {
        this.session = session;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads != null && threads != 0 && !ModelSettings.threadsInRange(threads)) {
            throw new ParameterException(spec.commandLine(), "--threads must be 0 (ONNX Runtime's default) or between"
                    + " 1 and " + ModelSettings.MAX_THREADS + " (four per core, as in the desktop app's Settings)");
        }
        if (repeat < 1) {
            throw new ParameterException(spec.commandLine(), "--repeat must be at least 1");
        }
        ModelRuntimes models = session.models();
        RuntimeOptions options = new RuntimeOptions(threads == null ? models.settings().threads() : threads,
                memoryBudget == null ? Long.MAX_VALUE : memoryBudget);
        try (CapsuleRuntime runtime = models.open(model, options)) {
            Map<String, TensorValue> values = TensorJson.readInputs(inputs, runtime.manifest().inputs());
            List<RunResult> runs = new ArrayList<>(repeat);
            for (int i = 0; i < repeat; i++) {
                runs.add(run(runtime, values));
            }
            RunResult last = runs.getLast();
            if (outputJson != null) {
                TensorJson.writeOutputs(outputJson, last.outputs());
            }
            Report report = report(runs, runtime.stats());
            session.output().result(report, text(report, last));
        }
        return 0;
    }

    /** Inputs that parse but do not fit the model (rank, dimensions) are a fault of the inputs file. */
    private RunResult run(CapsuleRuntime runtime, Map<String, TensorValue> values) {
        try {
            return runtime.run(values);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(inputs, e.getMessage());
        }
    }

    record CapsuleTimes(int index, String name, double loadMillis, double runMillisMedian) {
    }

    record OutputInfo(String name, String dtype, long[] shape) {
    }

    record Report(int runs, double firstRunMillis, double medianRunMillis, double minRunMillis,
            List<CapsuleTimes> capsules, List<OutputInfo> outputs, RuntimeStats stats) {
    }

    private static Report report(List<RunResult> runs, RuntimeStats stats) {
        RunResult first = runs.getFirst();
        List<CapsuleTimes> capsules = new ArrayList<>();
        for (int c = 0; c < first.timings().size(); c++) {
            CapsuleTiming t = first.timings().get(c);
            int index = c;
            long loads = runs.stream().mapToLong(r -> r.timings().get(index).loadNanos()).sum();
            capsules.add(new CapsuleTimes(t.index(), t.name(), loads / 1e6,
                    median(runs.stream().mapToLong(r -> r.timings().get(index).runNanos()).toArray())));
        }
        long[] totals = runs.stream().mapToLong(RunResult::totalNanos).toArray();
        List<OutputInfo> outputs = first.outputs().entrySet().stream()
                .map(e -> new OutputInfo(e.getKey(), e.getValue().dtype(), e.getValue().shape())).toList();
        return new Report(runs.size(), totals[0] / 1e6, median(totals), Arrays.stream(totals).min().orElse(0) / 1e6,
                capsules, outputs, stats);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0) / 1e6;
    }

    private String text(Report r, RunResult last) {
        StringBuilder b = new StringBuilder();
        int width = Math.max("capsule".length(), r.capsules().stream().mapToInt(c -> c.name().length()).max().orElse(0));
        String row = "%4s  %-" + width + "s  %10s  %12s%n";
        b.append(String.format(Locale.ROOT, row, "#", "capsule", "load ms", "run ms (p50)"));
        for (CapsuleTimes c : r.capsules()) {
            b.append(String.format(Locale.ROOT, row, c.index(), c.name(), String.format(Locale.ROOT, "%.2f",
                    c.loadMillis()), String.format(Locale.ROOT, "%.3f", c.runMillisMedian())));
        }
        b.append(String.format(Locale.ROOT, "total: first run %.2f ms (incl. loading)", r.firstRunMillis()));
        if (r.runs() > 1) {
            b.append(String.format(Locale.ROOT, ", %d runs: median %.3f ms, min %.3f ms", r.runs(),
                    r.medianRunMillis(), r.minRunMillis()));
        }
        b.append(String.format(Locale.ROOT, "%nmemory: %d capsule loads, %d evictions, %s loaded, %s mapped%n",
                r.stats().capsuleLoads(), r.stats().capsuleEvictions(), ByteSizes.human(r.stats().loadedBytes()),
                ByteSizes.human(r.stats().mappedBytes())));
        for (Map.Entry<String, TensorValue> e : last.outputs().entrySet()) {
            TensorValue v = e.getValue();
            b.append(String.format(Locale.ROOT, "output %s %s %s %s%n", e.getKey(), v.dtype(),
                    Arrays.toString(v.shape()), preview(v)));
        }
        if (outputJson != null) {
            b.append("outputs written to ").append(outputJson);
        }
        return b.toString().stripTrailing();
    }

    private static String preview(TensorValue v) {
        if (v.dtype().equals("float32")) {
            float[] data = v.toFloatArray();
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < Math.min(PREVIEW, data.length); i++) {
                b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.5f", data[i]));
            }
            return b.append(data.length > PREVIEW ? ", …]" : "]").toString();
        }
        if (!v.dtype().equals("int64")) {
            return "";
        }
        long[] data = v.toLongArray();
        return Arrays.toString(Arrays.copyOf(data, Math.min(PREVIEW, data.length)))
                .replace("]", data.length > PREVIEW ? ", …]" : "]");
    }
}
