package io.neurograph.tiro.ui.capsules;

/**
 * One row of the capsule tree: a capsule (with counts and size) or one of its nodes (name and op only).
 * {@code capsule} is the index of the capsule the row belongs to.
 */
record StructureRow(String name, String type, Integer nodes, Integer tensors, Long bytes, int capsule) {

    static StructureRow of(ModelStructure.Capsule c) {
        return new StructureRow(c.name(), c.kind(), c.nodes().size(), c.tensors().size(), c.bytes(), c.index());
    }

    static StructureRow of(ModelStructure.Node node, int capsule) {
        return new StructureRow(node.name(), node.op(), null, null, null, capsule);
    }
}
