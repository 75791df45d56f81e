package io.neurograph.engine.capsule.cgraph;

import java.util.List;

/**
 * One capsule. {@code graph} locates the capsule's graph blob in the file that holds this manifest
 * (full or mini); {@code region} always locates the capsule's region in the FULL file, so in a mini
 * file the regions are the index into the full file. {@code tensors} names every tensor the capsule
 * uses, including tensors stored in an earlier capsule's region.
 */
public record CapsuleSpec(int index, String name, String kind, List<ValueSpec> inputs, List<ValueSpec> outputs,
        List<NodeSpec> nodes, List<String> tensors, BlobRef graph, Region region) {
}
