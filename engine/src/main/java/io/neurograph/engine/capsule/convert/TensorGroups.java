package io.neurograph.engine.capsule.convert;

import io.neurograph.engine.capsule.gguf.GgufTensorInfo;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits GGUF tensors into capsules by their standard names ({@code blk.N.*}, {@code output*}, the rest). */
final class TensorGroups {
    private static final Pattern BLOCK = Pattern.compile("^blk\\.(\\d+)\\.");
    /** Without blocks, automatic mode groups tensors into capsules of about this many bytes. */
    private static final long AUTO_GROUP_BYTES = 64L << 20;

    record Group(String name, String kind, List<GgufTensorInfo> tensors) {
    }

    private TensorGroups() {
    }

    static List<Group> of(List<GgufTensorInfo> tensors, CapsuleMode mode) {
        return switch (mode) {
            case CapsuleMode.Auto a -> byBlock(tensors, false);
            case CapsuleMode.Layer l -> byBlock(tensors, true);
            case CapsuleMode.Node n -> tensors.stream().map(t -> new Group(t.name(), "tensor", List.of(t))).toList();
            case CapsuleMode.Count c -> byCount(tensors, c.n());
        };
    }

    private static List<Group> byBlock(List<GgufTensorInfo> tensors, boolean mergeEnds) {
        List<GgufTensorInfo> embeddings = new ArrayList<>();
        List<GgufTensorInfo> head = new ArrayList<>();
        TreeMap<Integer, List<GgufTensorInfo>> blocks = new TreeMap<>();
        for (GgufTensorInfo t : tensors) {
            Matcher m = BLOCK.matcher(t.name());
            if (m.find() && m.group(1).length() < 9) {
                blocks.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(t);
            } else if (t.name().startsWith("output") || t.name().startsWith("cls")) {
                head.add(t);
            } else {
                embeddings.add(t);
            }
        }
        if (blocks.isEmpty()) {
            long total = tensors.stream().mapToLong(GgufTensorInfo::byteSize).sum();
            return byCount(tensors, (int) Math.max(1, Math.min(tensors.size(), ceilDiv(total, AUTO_GROUP_BYTES))));
        }
        if (mergeEnds) {
            blocks.firstEntry().getValue().addAll(0, embeddings);
            blocks.lastEntry().getValue().addAll(head);
            embeddings.clear();
            head.clear();
        }
        List<Group> groups = new ArrayList<>();
        if (!embeddings.isEmpty()) {
            groups.add(new Group("embeddings", "embeddings", embeddings));
        }
        blocks.forEach((index, list) -> groups.add(new Group("block." + index, "block", list)));
        if (!head.isEmpty()) {
            groups.add(new Group("head", "head", head));
        }
        return groups;
    }

    /** {@code n} consecutive groups (fewer if there are fewer tensors) of roughly equal bytes. */
    private static List<Group> byCount(List<GgufTensorInfo> tensors, int n) {
        long total = tensors.stream().mapToLong(GgufTensorInfo::byteSize).sum();
        int groupCount = Math.max(1, Math.min(n, tensors.size()));
        List<Group> groups = new ArrayList<>();
        List<GgufTensorInfo> current = new ArrayList<>();
        long done = 0;
        for (int i = 0; i < tensors.size(); i++) {
            current.add(tensors.get(i));
            done += tensors.get(i).byteSize();
            int remainingTensors = tensors.size() - i - 1;
            int remainingGroups = groupCount - groups.size() - 1;
            boolean quotaReached = done * groupCount >= total * (groups.size() + 1);
            if (remainingGroups > 0 && (quotaReached || remainingTensors == remainingGroups)) {
                groups.add(new Group("group." + groups.size(), "group", current));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            groups.add(new Group("group." + groups.size(), "group", current));
        }
        return groups;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
