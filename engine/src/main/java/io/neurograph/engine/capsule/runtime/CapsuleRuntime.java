package io.neurograph.engine.capsule.runtime;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.cgraph.CapsuleSpec;
import io.neurograph.engine.capsule.cgraph.CgraphFile;
import io.neurograph.engine.capsule.cgraph.CgraphManifest;
import io.neurograph.engine.capsule.cgraph.TensorSpec;
import io.neurograph.engine.capsule.cgraph.ValueSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a converted model capsule by capsule on ONNX Runtime, with the weights memory-mapped from the full
 * {@code .cgraph} file and never copied to the Java heap.
 *
 * <p>The full file is mapped once, read-only, into a shared arena that {@link #close()} releases. A capsule
 * is loaded on first use: every tensor it uses becomes an {@link OnnxTensor} wrapping a direct buffer over
 * its mapped bytes (ORT wraps direct buffers without copying; a read-only mapping is accepted, checked by
 * {@code ownsBuffer()} at load), handed to the session through {@code addInitializer}, and the session is
 * built from the capsule's graph blob. Then the tensors' pages are dropped from the process again
 * ({@link MemorySegment#unload()}): ORT keeps its own prepacked copies of the big MatMul weights, and what it
 * still reads from the mapping faults back in from the page cache. Loaded capsules are accounted by the sum of
 * their tensor lengths and evicted least-recently-used to stay within {@link RuntimeOptions#memoryBudgetBytes()};
 * eviction closes the session and its tensors and drops their pages. Thread pools: see {@link OrtThreading}.
 *
 * <p>Runs are serialised: one {@link #run} at a time per runtime.
 */
public final class CapsuleRuntime implements AutoCloseable {
    private final CgraphFile file;
    private final CgraphFile full;
    private final CgraphManifest manifest;
    private final RuntimeOptions options;
    private final OrtEnvironment env = OrtThreading.environment();
    private final Arena arena = Arena.ofShared();
    private final MemorySegment mapped;
    private final Map<String, TensorSpec> tensors = new HashMap<>();
    private final List<CapsuleSpec> capsules;
    private final long[] accountedBytes;
    /** Per capsule position, the values no later capsule reads, so they can be freed once it has run. */
    private final List<List<String>> releaseAfter = new ArrayList<>();
    private final Set<String> modelOutputs = new HashSet<>();
    private final Set<String> inputNames = new LinkedHashSet<>();
    private final LoadedCapsule[] loaded;
    private final long[] lastUse;
    private long useClock;
    // written under the lock by run and close, read without it by stats, which must not wait for a run
    private volatile long loads;
    private volatile long evictions;
    private volatile long loadedBytes;
    private volatile int loadedCount;
    private volatile boolean closed;

    private CapsuleRuntime(CgraphFile file, CgraphFile full, RuntimeOptions options) {
        this.file = file;
        this.full = full;
        this.options = options;
        this.manifest = file.manifest();
        this.capsules = manifest.capsules();
        try (FileChannel ch = FileChannel.open(full.path(), StandardOpenOption.READ)) {
            mapped = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
        } catch (IOException e) {
            arena.close();
            throw new UncheckedIOException("cannot map " + full.path(), e);
        }
        accountedBytes = new long[capsules.size()];
        loaded = new LoadedCapsule[capsules.size()];
        lastUse = new long[capsules.size()];
        for (TensorSpec t : manifest.tensors()) {
            tensors.put(t.name(), t);
        }
        manifest.inputs().forEach(v -> inputNames.add(v.name()));
        try {
            checkRunnable();
        } catch (RuntimeException e) {
            arena.close();
            throw e;
        }
        planReleases();
    }

    /**
     * Opens a mini or full {@code .cgraph} file and maps its full file. Throws {@link ModelFormatException}
     * if the file cannot run (graphs missing, tensors outside the file, capsules out of dependency order,
     * dtypes ONNX Runtime's Java API cannot wrap).
     */
    public static CapsuleRuntime open(Path cgraph, RuntimeOptions options) {
        if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
            throw new UnsupportedOperationException("the capsule runtime needs a little-endian platform");
        }
        CgraphFile file = CgraphFile.open(cgraph);
        CgraphFile full = null;
        try {
            full = file.isMini() ? file.openFull() : file;
            return new CapsuleRuntime(file, full, options);
        } catch (RuntimeException e) {
            if (full != null && full != file) {
                full.close();
            }
            file.close();
            throw e;
        }
    }

    public CgraphManifest manifest() {
        return manifest;
    }

    public RuntimeOptions options() {
        return options;
    }

    /** The counters now; answers at once, also during a run (then they may be one capsule behind each other). */
    public RuntimeStats stats() {
        return new RuntimeStats(loads, evictions, loadedBytes, mapped.byteSize(), loadedCount);
    }

    /** True once {@link #close()} has begun; the loads and evictions counted by then are final. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Runs the model: validates the inputs against the manifest, runs the capsules in manifest (dependency)
     * order, loading them as needed, and returns the model outputs copied to the heap. Intermediate values
     * stay inside ONNX Runtime and are freed after their last reader.
     */
    public synchronized RunResult run(Map<String, TensorValue> inputs) {
        if (closed) {
            throw new IllegalStateException("capsule runtime is closed");
        }
        long start = System.nanoTime();
        validate(inputs);
        Values values = new Values();
        Map<String, TensorValue> outputs = new HashMap<>();
        List<CapsuleTiming> timings = new ArrayList<>(capsules.size());
        try {
            for (ValueSpec in : manifest.inputs()) {
                TensorValue v = inputs.get(in.name());
                values.putInput(in.name(), toOrt(v));
                if (modelOutputs.contains(in.name())) {
                    outputs.put(in.name(), v);
                }
            }
            for (int i = 0; i < capsules.size(); i++) {
                CapsuleSpec capsule = capsules.get(i);
                long loadNanos = ensureLoaded(i);
                long runStart = System.nanoTime();
                OrtSession.Result result = loaded[i].run(capsule, values);
                long runNanos = System.nanoTime() - runStart;
                try {
                    for (ValueSpec out : capsule.outputs()) {
                        OnnxValue v = result.get(out.name()).orElseThrow(() -> new IllegalStateException(
                                describe(capsule) + ": ONNX Runtime returned no value for output '" + out.name() + "'"));
                        values.putOwned(out.name(), v, result);
                        if (modelOutputs.contains(out.name())) {
                            outputs.put(out.name(), copyOut(out.name(), v));
                        }
                    }
                } finally {
                    values.closeIfUntracked(result);
                }
                for (String name : releaseAfter.get(i)) {
                    values.release(name);
                }
                timings.add(new CapsuleTiming(capsule.index(), capsule.name(), loadNanos, runNanos));
            }
        } finally {
            values.closeAll();
        }
        Map<String, TensorValue> ordered = new LinkedHashMap<>();
        for (ValueSpec out : manifest.outputs()) {
            ordered.put(out.name(), outputs.get(out.name()));
        }
        return new RunResult(ordered, timings, System.nanoTime() - start);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            for (int i = 0; i < loaded.length; i++) {
                if (loaded[i] != null) {
                    loaded[i].close();
                    loaded[i] = null;
                }
            }
            loadedBytes = 0;
            loadedCount = 0;
        } finally {
            arena.close();
            if (full != file) {
                full.close();
            }
            file.close();
        }
    }

    // ---- loading and eviction

    /** Loads capsule {@code i} if needed, evicting least-recently-used others first; returns the load time. */
    private long ensureLoaded(int i) {
        lastUse[i] = ++useClock;
        if (loaded[i] != null) {
            return 0;
        }
        long budget = options.memoryBudgetBytes();
        while (accountedBytes[i] > budget - loadedBytes) {
            int victim = leastRecentlyUsed(i);
            if (victim < 0) {
                break; // only this capsule is left: it runs alone even if it is bigger than the budget
            }
            evict(victim);
        }
        long start = System.nanoTime();
        loaded[i] = load(capsules.get(i), accountedBytes[i]);
        loadedBytes += accountedBytes[i];
        loadedCount++;
        loads++;
        return System.nanoTime() - start;
    }

    private int leastRecentlyUsed(int except) {
        int victim = -1;
        for (int j = 0; j < loaded.length; j++) {
            if (j != except && loaded[j] != null && (victim < 0 || lastUse[j] < lastUse[victim])) {
                victim = j;
            }
        }
        return victim;
    }

    private void evict(int i) {
        LoadedCapsule capsule = loaded[i];
        loaded[i] = null;
        capsule.close();
        loadedBytes -= capsule.bytes;
        loadedCount--;
        evictions++;
        unloadTensors(capsules.get(i));
    }

    /** Drops the pages of the capsule's tensors from this process; they stay in the OS page cache. */
    private void unloadTensors(CapsuleSpec capsule) {
        for (String name : capsule.tensors()) {
            TensorSpec t = tensors.get(name);
            mapped.asSlice(t.offset(), t.length()).unload();
        }
    }

    private LoadedCapsule load(CapsuleSpec capsule, long bytes) {
        List<OnnxTensor> weights = new ArrayList<>(capsule.tensors().size());
        OrtSession.SessionOptions sessionOptions = new OrtSession.SessionOptions();
        try {
            OrtThreading.configure(sessionOptions, options.threads());
            // The capsule graph declares its initializers as external data. That is only informational (the
            // bytes come from addInitializer), but ORT 1.29 still checks that the location exists below the
            // model's folder, which for a model given as bytes is this setting.
            sessionOptions.addConfigEntry("session.model_external_initializers_file_folder_path",
                    full.path().toAbsolutePath().getParent().toString());
            for (String name : capsule.tensors()) {
                OnnxTensor weight = wrap(tensors.get(name));
                weights.add(weight);
                sessionOptions.addInitializer(name, weight);
            }
            byte[] graph = file.graphBlob(capsule);
            OrtSession session = NativeStack.call("load", () -> env.createSession(graph, sessionOptions));
            // ORT has now copied what it prepacks (MatMul weights) into its own memory; the mapped pages it read
            // for that would stay resident for nothing. Pages it still reads at run time (biases, norms, the
            // embedding rows in use) fault back in from the page cache on first use.
            unloadTensors(capsule);
            return new LoadedCapsule(session, sessionOptions, weights, bytes);
        } catch (OrtException | RuntimeException e) {
            weights.forEach(OnnxTensor::close);
            sessionOptions.close();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(describe(capsule) + ": ONNX Runtime cannot load it: " + e.getMessage(), e);
        }
    }

    /** A direct buffer over the tensor's mapped bytes, wrapped by ORT without a copy. */
    private OnnxTensor wrap(TensorSpec t) throws OrtException {
        ElementType type = ElementType.ofDtype(t.dtype());
        ByteBuffer bytes = mapped.asSlice(t.offset(), t.length()).asByteBuffer().order(ByteOrder.nativeOrder());
        long[] shape = t.shape().stream().mapToLong(Long::longValue).toArray();
        OnnxTensor tensor = OnnxTensor.createTensor(env, bytes, shape, type.javaType());
        if (tensor.ownsBuffer()) {
            tensor.close();
            throw new IllegalStateException("ONNX Runtime copied tensor '" + t.name() + "' instead of mapping it");
        }
        return tensor;
    }

    // ---- values

    private OnnxTensor toOrt(TensorValue v) {
        // ORT only takes direct ByteBuffers as raw bytes (it wraps them; the tensor keeps the buffer alive);
        // the bytes are little-endian, which open() checked is the native order
        ByteBuffer direct = ByteBuffer.allocateDirect(v.data().remaining()).order(ByteOrder.nativeOrder());
        direct.put(v.data()).flip();
        try {
            return OnnxTensor.createTensor(env, direct, v.shape(), ElementType.ofDtype(v.dtype()).javaType());
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot take input " + v + ": " + e.getMessage(), e);
        }
    }

    private static TensorValue copyOut(String name, OnnxValue value) {
        if (!(value instanceof OnnxTensor tensor)) {
            throw new IllegalStateException("output '" + name + "' is not a tensor but " + value.getType());
        }
        TensorInfo info = tensor.getInfo();
        ElementType type = ElementType.of(info.type);
        // getByteBuffer() is already a heap copy in native order, which open() checked is little-endian
        return new TensorValue(type.dtype(), info.getShape(), tensor.getByteBuffer());
    }

    /** The values of one run: model inputs (owned here) and capsule outputs (owned by their ORT results). */
    private static final class Values {
        private final Map<String, OnnxValue> byName = new HashMap<>();
        private final Map<String, OrtSession.Result> owner = new HashMap<>();
        private final Map<OrtSession.Result, Integer> liveValues = new IdentityHashMap<>();

        void putInput(String name, OnnxTensor tensor) {
            byName.put(name, tensor);
        }

        void putOwned(String name, OnnxValue value, OrtSession.Result result) {
            byName.put(name, value);
            owner.put(name, result);
            liveValues.merge(result, 1, Integer::sum);
        }

        OnnxValue get(String name) {
            return byName.get(name);
        }

        /** Closes a result none of whose values were registered (a capsule without outputs, or a failure). */
        void closeIfUntracked(OrtSession.Result result) {
            if (!liveValues.containsKey(result)) {
                result.close();
            }
        }

        void release(String name) {
            OnnxValue value = byName.remove(name);
            if (value == null) {
                return;
            }
            OrtSession.Result result = owner.remove(name);
            if (result == null) {
                value.close();
            } else if (liveValues.merge(result, -1, Integer::sum) == 0) {
                liveValues.remove(result);
                result.close();
            }
        }

        void closeAll() {
            for (String name : List.copyOf(byName.keySet())) {
                release(name);
            }
        }
    }

    /** A capsule's session with the mapped weight tensors it was built over; the tensors must outlive it. */
    private static final class LoadedCapsule {
        private final OrtSession session;
        private final OrtSession.SessionOptions sessionOptions;
        private final List<OnnxTensor> weights;
        private final long bytes;

        LoadedCapsule(OrtSession session, OrtSession.SessionOptions sessionOptions, List<OnnxTensor> weights,
                long bytes) {
            this.session = session;
            this.sessionOptions = sessionOptions;
            this.weights = weights;
            this.bytes = bytes;
        }

        OrtSession.Result run(CapsuleSpec capsule, Values values) {
            Map<String, OnnxTensor> feed = new HashMap<>();
            for (ValueSpec in : capsule.inputs()) {
                if (!(values.get(in.name()) instanceof OnnxTensor tensor)) {
                    throw new IllegalStateException(describe(capsule) + ": input '" + in.name() + "' is not a tensor");
                }
                feed.put(in.name(), tensor);
            }
            Set<String> wanted = new HashSet<>();
            for (ValueSpec out : capsule.outputs()) {
                wanted.add(out.name());
            }
            try {
                return session.run(feed, wanted);
            } catch (OrtException e) {
                throw new IllegalStateException(describe(capsule) + ": ONNX Runtime failed: " + e.getMessage(), e);
            }
        }

        void close() {
            try {
                session.close();
            } catch (OrtException e) {
                throw new IllegalStateException("cannot close an ONNX Runtime session", e);
            } finally {
                weights.forEach(OnnxTensor::close);
                sessionOptions.close();
            }
        }
    }

    // ---- checks

    /** Rejects files this runtime cannot run, at open rather than in the middle of a run. */
    private void checkRunnable() {
        Path path = file.path();
        if (capsules.stream().anyMatch(c -> !"onnx-model".equals(c.graph().encoding()))) {
            throw new IllegalArgumentException(path + " was converted from " + manifest.model().sourceFormat()
                    + " and holds tensors only (no operator graphs); only models converted from ONNX can run");
        }
        for (TensorSpec t : manifest.tensors()) {
            if (ElementType.ofDtype(t.dtype()) == null) {
                throw new ModelFormatException(path, "tensor '" + t.name() + "' has dtype " + t.dtype()
                        + ", which ONNX Runtime's Java API cannot wrap");
            }
            if (t.offset() < 0 || t.length() < 0 || t.offset() > mapped.byteSize() - t.length()) {
                throw new ModelFormatException(path, "tensor '" + t.name() + "' at " + t.offset() + " (+" + t.length()
                        + " bytes) lies outside the full file (" + mapped.byteSize() + " bytes)");
            }
            if (t.length() > Integer.MAX_VALUE) {
                throw new ModelFormatException(path, "tensor '" + t.name() + "' is larger than 2 GiB, which ONNX"
                        + " Runtime's Java API cannot wrap");
            }
        }
        for (ValueSpec in : manifest.inputs()) {
            if (ElementType.ofDtype(in.dtype()) == null) {
                throw new ModelFormatException(path, "model input '" + in.name() + "' has dtype " + in.dtype()
                        + ", which the runtime does not support");
            }
        }
        Set<String> available = new HashSet<>();
        manifest.inputs().forEach(v -> available.add(v.name()));
        for (int i = 0; i < capsules.size(); i++) {
            CapsuleSpec capsule = capsules.get(i);
            long bytes = 0;
            for (String name : capsule.tensors()) {
                TensorSpec t = tensors.get(name);
                if (t == null) {
                    throw new ModelFormatException(path, describe(capsule) + " uses tensor '" + name
                            + "', which is not in the tensor table");
                }
                bytes += t.length();
            }
            accountedBytes[i] = bytes;
            for (ValueSpec in : capsule.inputs()) {
                if (!available.contains(in.name())) {
                    throw new ModelFormatException(path, describe(capsule) + " reads '" + in.name()
                            + "', which neither a model input nor an earlier capsule provides");
                }
            }
            capsule.outputs().forEach(v -> available.add(v.name()));
        }
        for (ValueSpec out : manifest.outputs()) {
            if (!available.contains(out.name())) {
                throw new ModelFormatException(path, "model output '" + out.name() + "' is produced by no capsule");
            }
            modelOutputs.add(out.name());
        }
    }

    /** For each value, the position of the last capsule that reads it (or produces it, if none reads it). */
    private void planReleases() {
        Map<String, Integer> lastRead = new HashMap<>();
        manifest.inputs().forEach(v -> lastRead.put(v.name(), 0));
        for (int i = 0; i < capsules.size(); i++) {
            int at = i;
            capsules.get(i).inputs().forEach(v -> lastRead.put(v.name(), at));
            capsules.get(i).outputs().forEach(v -> lastRead.merge(v.name(), at, Math::max));
            releaseAfter.add(new ArrayList<>());
        }
        if (!capsules.isEmpty()) {
            lastRead.forEach((name, at) -> releaseAfter.get(at).add(name));
        }
    }

    /** Checks names, dtypes, ranks and fixed dims, and that symbolic dims agree across inputs. */
    private void validate(Map<String, TensorValue> inputs) {
        for (String name : inputs.keySet()) {
            if (!inputNames.contains(name)) {
                throw new IllegalArgumentException("unknown input '" + name + "' (model inputs: "
                        + String.join(", ", inputNames) + ")");
            }
        }
        Map<String, Long> symbols = new HashMap<>();
        Map<String, String> symbolSource = new HashMap<>();
        for (ValueSpec in : manifest.inputs()) {
            TensorValue v = inputs.get(in.name());
            if (v == null) {
                throw new IllegalArgumentException("missing input '" + in.name() + "' (model inputs: "
                        + String.join(", ", inputNames) + ")");
            }
            if (!in.dtype().equals(v.dtype())) {
                throw badInput(in, "expected " + in.dtype() + ", got " + v.dtype());
            }
            if (in.shape() == null) {
                continue;
            }
            long[] shape = v.shape();
            if (shape.length != in.shape().size()) {
                throw badInput(in, "expected rank " + in.shape().size() + " " + in.shape() + ", got shape "
                        + Arrays.toString(shape));
            }
            for (int d = 0; d < shape.length; d++) {
                Object dim = in.shape().get(d);
                if (dim instanceof Number fixed && fixed.longValue() != shape[d]) {
                    throw badInput(in, "dimension " + d + " must be " + fixed + ", got " + shape[d] + " (shape "
                            + Arrays.toString(shape) + ")");
                }
                if (dim instanceof String symbol) {
                    Long bound = symbols.putIfAbsent(symbol, shape[d]);
                    symbolSource.putIfAbsent(symbol, in.name());
                    if (bound != null && bound != shape[d]) {
                        throw badInput(in, "dimension " + d + " (" + symbol + ") is " + shape[d] + ", but " + bound
                                + " in input '" + symbolSource.get(symbol) + "'");
                    }
                }
            }
        }
    }

    private static IllegalArgumentException badInput(ValueSpec input, String problem) {
        return new IllegalArgumentException("input '" + input.name() + "': " + problem);
    }

    private static String describe(CapsuleSpec capsule) {
        return "capsule " + capsule.index() + " '" + capsule.name() + "'";
    }
}
