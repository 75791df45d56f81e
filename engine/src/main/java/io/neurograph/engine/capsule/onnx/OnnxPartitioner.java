package io.neurograph.engine.capsule.onnx;

import io.neurograph.engine.capsule.ModelFormatException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a model's graph into capsules that run one after the other. Every mode only decides which capsule
 * each node belongs to; the rules that make capsules a chain are shared: a node never lands in an earlier
 * capsule than its producers, and Constant nodes are copied into each capsule that uses them, so small
 * constants never become values passed between capsules.
 */
public final class OnnxPartitioner {
    /** Auto mode without transformer blocks: about this many weight bytes per capsule. */
    static final long AUTO_BYTES_PER_CAPSULE = 64L << 20;

    /** A block index in a node or initializer name: layer.N, layers.N, layer_N, blk.N, block.N, blocks.N, h.N. */
    private static final Pattern BLOCK =
            Pattern.compile("(?:^|[/._:])(?:layers?|blocks?|blk|h)[._](\\d{1,9})(?=$|[/._:])");

    private final OnnxModel model;
    private final List<OnnxNode> nodes;
    private final List<Set<String>> consumed = new ArrayList<>();
    private final boolean[] constant;
    private final Map<String, Integer> producer = new HashMap<>();
    private final Map<String, Long> initializerBytes = new HashMap<>();
    private final Set<String> graphOutputs = new HashSet<>();

    /** A capsule to be: its name and kind, before empty ones are dropped. */
    private record Slot(String name, String kind) {
    }

    /** Capsule slots and the slot of every non-Constant node (-1 for Constant nodes). */
    private record Assignment(List<Slot> slots, int[] slotOf) {
    }

    private OnnxPartitioner(OnnxModel model) {
        this.model = model;
        OnnxGraph graph = model.graph();
        graph.initializers().forEach(t -> initializerBytes.put(t.name(), t.data().byteLength()));
        graph.outputs().forEach(v -> graphOutputs.add(v.name()));
        this.nodes = topologicalOrder(graph.nodes());
        for (OnnxNode node : nodes) {
            consumed.add(consumedBy(node));
        }
        constant = new boolean[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            constant[i] = nodes.get(i).isDefaultOp("Constant") && consumed.get(i).isEmpty();
            for (String out : nodes.get(i).outputs()) {
                if (!out.isEmpty()) {
                    producer.put(out, i);
                }
            }
        }
    }

    /** The capsules of {@code model} in execution order. */
    public static List<CapsulePlan> partition(OnnxModel model, CapsuleMode mode) {
        OnnxPartitioner p = new OnnxPartitioner(model);
        Assignment assignment = switch (mode) {
            case CapsuleMode.Auto() -> p.byBlocks(true);
            case CapsuleMode.Layer() -> p.byBlocks(false);
            case CapsuleMode.Node() -> p.byNode();
            case CapsuleMode.Count(int n) -> p.byWeightBytes(n);
        };
        return p.plans(assignment);
    }

    /** Source value_info entries of values that stay inside the capsule (optional shape hints for its graph). */
    public static List<OnnxValueInfo> internalValueInfo(OnnxModel model, CapsulePlan plan) {
        Set<String> boundary = new HashSet<>();
        plan.inputs().forEach(v -> boundary.add(v.name()));
        plan.outputs().forEach(v -> boundary.add(v.name()));
        Set<String> produced = new HashSet<>();
        plan.nodes().forEach(n -> produced.addAll(n.outputs()));
        return model.graph().valueInfo().stream()
                .filter(v -> produced.contains(v.name()) && !boundary.contains(v.name())).toList();
    }

    // ---- modes ----

    private Assignment byBlocks(boolean separateEmbeddingsAndHead) {
        int[] block = new int[nodes.size()];
        TreeSet<Integer> blocks = new TreeSet<>();
        int last = -1;
        for (int i = 0; i < nodes.size(); i++) {
            block[i] = constant[i] ? -1 : blockIndex(i);
            if (block[i] >= 0) {
                blocks.add(block[i]);
                last = i;
            }
        }
        if (blocks.isEmpty()) {
            long total = initializerBytes.values().stream().mapToLong(Long::longValue).sum();
            return byWeightBytes((int) Math.max(1, Math.min(100_000, Math.ceilDiv(total, AUTO_BYTES_PER_CAPSULE))));
        }
        List<Slot> slots = new ArrayList<>();
        Map<Integer, Integer> slotOfBlock = new HashMap<>();
        if (separateEmbeddingsAndHead) {
            slots.add(new Slot("embeddings", "embeddings"));
        }
        for (int b : blocks) {
            slotOfBlock.put(b, slots.size());
            slots.add(new Slot("block." + b, "block"));
        }
        int head = separateEmbeddingsAndHead ? slots.size() : slots.size() - 1;
        if (separateEmbeddingsAndHead) {
            slots.add(new Slot("head", "head"));
        }
        int[] base = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            // unnamed nodes between blocks start at 0 and follow their producers
            base[i] = block[i] >= 0 ? slotOfBlock.get(block[i]) : i > last ? head : 0;
        }
        return new Assignment(slots, followProducers(base));
    }

    private Assignment byNode() {
        List<Slot> slots = new ArrayList<>();
        int[] base = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            if (!constant[i]) {
                OnnxNode n = nodes.get(i);
                base[i] = slots.size();
                slots.add(new Slot(n.name().isEmpty() ? n.opType() + "_" + i : n.name(), "node"));
            }
        }
        if (slots.isEmpty()) {
            slots.add(new Slot("constants", "node"));
        }
        return new Assignment(slots, followProducers(base));
    }

    /** Cuts the node sequence where the running total of first-used weight bytes crosses k/n of the whole. */
    private Assignment byWeightBytes(int n) {
        long[] own = new long[nodes.size()];
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (int i = 0; i < nodes.size(); i++) {
            for (String v : consumed.get(i)) {
                Long bytes = initializerBytes.get(v);
                if (bytes != null && seen.add(v)) {
                    own[i] += bytes;
                }
            }
            total += own[i];
        }
        boolean byCount = total == 0; // no weights: balance node counts instead
        if (byCount) {
            total = 0;
            for (int i = 0; i < nodes.size(); i++) {
                own[i] = constant[i] ? 0 : 1;
                total += own[i];
            }
        }
        List<Slot> slots = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            slots.add(new Slot("group." + k, "group"));
        }
        int[] base = new int[nodes.size()];
        double cumulative = 0;
        for (int i = 0; i < nodes.size(); i++) {
            double middle = cumulative + own[i] / 2.0;
            base[i] = total == 0 ? 0 : (int) Math.min(n - 1, Math.floor(middle * n / total));
            cumulative += own[i];
        }
        return new Assignment(slots, followProducers(base));
    }

    /** Raises each node's slot to at least its producers' slots, so capsules run in order. */
    private int[] followProducers(int[] base) {
        int[] slot = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            if (constant[i]) {
                slot[i] = -1;
                continue;
            }
            int s = base[i];
            for (String v : consumed.get(i)) {
                Integer p = producer.get(v);
                if (p != null && !constant[p]) {
                    s = Math.max(s, slot[p]);
                }
            }
            slot[i] = s;
        }
        return slot;
    }

    private int blockIndex(int i) {
        int fromName = blockIndex(nodes.get(i).name());
        if (fromName >= 0) {
            return fromName;
        }
        for (String v : consumed.get(i)) {
            if (initializerBytes.containsKey(v)) {
                int fromWeight = blockIndex(v);
                if (fromWeight >= 0) {
                    return fromWeight;
                }
            }
        }
        return -1;
    }

    static int blockIndex(String name) {
        Matcher m = BLOCK.matcher(name);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    // ---- from an assignment to capsule plans ----

    private List<CapsulePlan> plans(Assignment a) {
        int slotCount = a.slots().size();
        int[] slotOf = a.slotOf();
        int lastUsedSlot = 0;
        for (int s : slotOf) {
            lastUsedSlot = Math.max(lastUsedSlot, s);
        }
        // which slots need a copy of each Constant node, and the last slot reading each value
        List<Set<Integer>> constantUsers = new ArrayList<>();
        Map<String, Integer> lastReader = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            constantUsers.add(new HashSet<>());
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (constant[i]) {
                for (String out : nodes.get(i).outputs()) {
                    if (graphOutputs.contains(out)) {
                        constantUsers.get(i).add(lastUsedSlot);
                    }
                }
                continue;
            }
            for (String v : consumed.get(i)) {
                lastReader.merge(v, slotOf[i], Math::max);
                Integer p = producer.get(v);
                if (p != null && constant[p]) {
                    constantUsers.get(p).add(slotOf[i]);
                }
            }
        }
        TypeTable types = new TypeTable(model, nodes);
        List<CapsulePlan> plans = new ArrayList<>();
        for (int s = 0; s < slotCount; s++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                if (constant[i] ? constantUsers.get(i).contains(s) : slotOf[i] == s) {
                    members.add(i);
                }
            }
            if (!members.isEmpty()) {
                plans.add(plan(plans.size(), a.slots().get(s), s, members, lastReader, types));
            }
        }
        return List.copyOf(plans);
    }

    private CapsulePlan plan(int index, Slot slot, int s, List<Integer> members, Map<String, Integer> lastReader,
            TypeTable types) {
        Set<String> produced = new HashSet<>();
        LinkedHashSet<String> reads = new LinkedHashSet<>();
        List<OnnxNode> capsuleNodes = new ArrayList<>();
        List<OnnxValueInfo> outputs = new ArrayList<>();
        for (int i : members) {
            OnnxNode node = nodes.get(i);
            capsuleNodes.add(node);
            reads.addAll(consumed.get(i));
            for (String out : node.outputs()) {
                if (out.isEmpty()) {
                    continue;
                }
                produced.add(out);
                boolean readLater = !constant[i] && lastReader.getOrDefault(out, -1) > s;
                if (readLater || graphOutputs.contains(out)) {
                    outputs.add(types.valueInfo(out));
                }
            }
        }
        List<OnnxValueInfo> inputs = new ArrayList<>();
        List<String> initializers = new ArrayList<>();
        for (String v : reads) {
            if (initializerBytes.containsKey(v)) {
                initializers.add(v);
            } else if (!produced.contains(v)) {
                inputs.add(types.valueInfo(v));
            }
        }
        return new CapsulePlan(index, slot.name(), slot.kind(), List.copyOf(capsuleNodes), List.copyOf(inputs),
                List.copyOf(outputs), List.copyOf(initializers));
    }

    // ---- graph helpers ----

    /** Values a node reads: its non-empty inputs plus names its subgraphs take from the enclosing scope. */
    private static Set<String> consumedBy(OnnxNode node) {
        LinkedHashSet<String> reads = new LinkedHashSet<>();
        for (String in : node.inputs()) {
            if (!in.isEmpty()) {
                reads.add(in);
            }
        }
        for (OnnxAttribute a : node.attributes()) {
            for (OnnxGraph g : a.subgraphs()) {
                reads.addAll(outerReferences(g));
            }
        }
        return reads;
    }

    /** Names used inside a subgraph (at any depth) that it does not define itself. */
    static Set<String> outerReferences(OnnxGraph graph) {
        Set<String> defined = new HashSet<>();
        graph.inputs().forEach(v -> defined.add(v.name()));
        graph.initializers().forEach(t -> defined.add(t.name()));
        graph.nodes().forEach(n -> defined.addAll(n.outputs()));
        LinkedHashSet<String> outer = new LinkedHashSet<>();
        for (OnnxNode n : graph.nodes()) {
            for (String v : consumedBy(n)) {
                if (!defined.contains(v)) {
                    outer.add(v);
                }
            }
        }
        graph.outputs().forEach(v -> {
            if (!defined.contains(v.name()) && !v.name().isEmpty()) {
                outer.add(v.name());
            }
        });
        return outer;
    }

    /** Kahn's algorithm, always taking the earliest node in file order, so a sorted graph keeps its order. */
    private List<OnnxNode> topologicalOrder(List<OnnxNode> fileOrder) {
        int n = fileOrder.size();
        Map<String, Integer> producedBy = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String out : fileOrder.get(i).outputs()) {
                if (!out.isEmpty()) {
                    producedBy.put(out, i);
                }
            }
        }
        List<List<Integer>> dependents = new ArrayList<>();
        int[] pending = new int[n];
        for (int i = 0; i < n; i++) {
            dependents.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (String v : consumedBy(fileOrder.get(i))) {
                Integer p = producedBy.get(v);
                if (p != null) {
                    dependents.get(p).add(i);
                    pending[i]++;
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (pending[i] == 0) {
                ready.add(i);
            }
        }
        List<OnnxNode> order = new ArrayList<>(n);
        while (!ready.isEmpty()) {
            int i = ready.poll();
            order.add(fileOrder.get(i));
            for (int d : dependents.get(i)) {
                if (--pending[d] == 0) {
                    ready.add(d);
                }
            }
        }
        if (order.size() != n) {
            for (int i = 0; i < n; i++) {
                if (pending[i] > 0) {
                    OnnxNode stuck = fileOrder.get(i);
                    throw new ModelFormatException(model.file(), "graph has a cycle through node "
                            + OnnxReader.quote(stuck.name()) + " (" + OnnxReader.quote(stuck.opType()) + ")");
                }
            }
        }
        return List.copyOf(order);
    }
}
