package io.neurograph.engine.capsule.cgraph;

import io.neurograph.engine.capsule.ModelFormatException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a parsed manifest against the rules of docs/cgraph-format.md, so that code using a
 * {@link CgraphFile} can trust every name, offset and length in it: required fields present, every range
 * inside its file, aligned where required and not overlapping.
 */
final class ManifestValidator {
    private final Path file;
    private final CgraphHeader header;
    private final CgraphManifest manifest;

    private ManifestValidator(Path file, CgraphHeader header, CgraphManifest manifest) {
        this.file = file;
        this.header = header;
        this.manifest = manifest;
    }

    /** @throws ModelFormatException naming the manifest's offset and the first rule broken */
    static void validate(Path file, CgraphHeader header, CgraphManifest manifest) {
        new ManifestValidator(file, header, manifest).run();
    }

    private void run() {
        if (manifest.schemaVersion() > CgraphManifest.SCHEMA_VERSION) {
            throw failure("schema_version " + manifest.schemaVersion() + " is newer than this reader supports ("
                    + CgraphManifest.SCHEMA_VERSION + "); update tiro");
        }
        require(manifest.schemaVersion() >= 1, "schema_version is missing or below 1");
        ModelInfo model = manifest.model();
        require(model != null, "model is missing");
        require(model.name() != null, "model.name is missing");
        require(model.sourceFormat() != null, "model.source_format is missing");
        valueSpecs(manifest.inputs(), "inputs");
        valueSpecs(manifest.outputs(), "outputs");
        require(manifest.capsules() != null, "capsules is missing");
        require(manifest.tensors() != null, "tensors is missing");
        long dataLimit = header.totalLength();
        if (header.mini()) {
            dataLimit = fullFileRef(manifest.fullFile());
        } else {
            require(manifest.fullFile() == null, "full_file is set but the header says this is a full file");
        }
        List<Span> regions = new ArrayList<>();
        List<Span> blobs = new ArrayList<>();
        for (int i = 0; i < manifest.capsules().size(); i++) {
            capsule(i, manifest.capsules().get(i), dataLimit, regions, blobs);
        }
        Map<String, TensorSpec> byName = new HashMap<>();
        List<Span> stored = new ArrayList<>(header.mini() ? List.of() : blobs);
        for (int i = 0; i < manifest.tensors().size(); i++) {
            TensorSpec t = manifest.tensors().get(i);
            tensor(i, t);
            require(byName.put(t.name(), t) == null, "tensor name '" + t.name() + "' appears twice");
            stored.add(new Span(t.offset(), t.length(), "tensor '" + t.name() + "'"));
        }
        for (CapsuleSpec c : manifest.capsules()) {
            for (String name : c.tensors()) {
                require(byName.containsKey(name), capsuleLabel(c) + " uses tensor '" + name
                        + "' which is not in the tensor table");
            }
        }
        if (header.mini()) {
            blobs.add(new Span(0, CgraphHeader.SIZE, "header"));
            blobs.add(new Span(header.manifestOffset(), header.manifestLength(), "manifest"));
        } else {
            regions.add(new Span(0, CgraphHeader.SIZE, "header"));
            regions.add(new Span(header.manifestOffset(), header.manifestLength(), "manifest"));
        }
        noOverlaps(regions);
        noOverlaps(blobs);
        noOverlaps(stored);
    }

    private long fullFileRef(FullFileRef ref) {
        require(ref != null, "full_file is missing in a mini file");
        require(ref.path() != null && !ref.path().isEmpty(), "full_file.path is missing");
        require(!ref.path().startsWith("/") && ref.path().indexOf('\\') < 0 && ref.path().indexOf(':') < 0
                && ref.path().indexOf('\0') < 0, "full_file.path '" + ref.path()
                + "' is not a relative path with '/' separators");
        require(ref.size() >= CgraphHeader.SIZE, "full_file.size " + ref.size() + " is too small");
        require(Checksums.isLowerHex(ref.manifestSha256(), 64),
                "full_file.manifest_sha256 is not 64 lowercase hex digits");
        return ref.size();
    }

    private void capsule(int i, CapsuleSpec c, long dataLimit, List<Span> regions, List<Span> blobs) {
        require(c != null, "capsules[" + i + "] is null");
        require(c.index() == i, "capsules[" + i + "] has index " + c.index());
        require(c.name() != null, "capsules[" + i + "].name is missing");
        String label = capsuleLabel(c);
        valueSpecs(c.inputs(), label + " inputs");
        valueSpecs(c.outputs(), label + " outputs");
        require(c.nodes() != null, label + " nodes is missing");
        for (NodeSpec n : c.nodes()) {
            require(n != null && n.op() != null, label + " has a node without op");
        }
        require(c.tensors() != null && c.tensors().stream().allMatch(Objects::nonNull), label + " tensors is missing or has null");
        BlobRef g = c.graph();
        require(g != null, label + " graph is missing");
        require(g.encoding() != null && !g.encoding().isEmpty(), label + " graph.encoding is missing");
        require(!"none".equals(g.encoding()) || g.length() == 0, label + " has graph encoding none but length "
                + g.length());
        crc(g.crc32c(), label + " graph.crc32c");
        Region r = c.region();
        require(r != null, label + " region is missing");
        crc(r.crc32c(), label + " region.crc32c");
        inside(r.offset(), r.length(), dataLimit, label + " region");
        aligned(r.offset(), label + " region");
        regions.add(new Span(r.offset(), r.length(), label + " region"));
        if (header.mini()) {
            inside(g.offset(), g.length(), header.totalLength(), label + " graph blob");
            blobs.add(new Span(g.offset(), g.length(), label + " graph blob"));
        } else {
            require(g.offset() >= r.offset() && g.length() >= 0 && g.length() <= r.end() - g.offset(),
                    label + " graph blob at " + g.offset() + " (+" + g.length() + ") is not inside its region");
            blobs.add(new Span(g.offset(), g.length(), label + " graph blob"));
        }
    }

    private void tensor(int i, TensorSpec t) {
        require(t != null, "tensors[" + i + "] is null");
        require(t.name() != null && !t.name().isEmpty(), "tensors[" + i + "].name is missing");
        String label = "tensor '" + t.name() + "'";
        require(t.dtype() != null && !t.dtype().isEmpty(), label + " dtype is missing");
        require(t.shape() != null, label + " shape is missing");
        for (Long d : t.shape()) {
            require(d != null && d >= 0, label + " shape " + t.shape() + " has a missing or negative dimension");
        }
        crc(t.crc32c(), label + " crc32c");
        require(t.capsule() >= 0 && t.capsule() < manifest.capsules().size(), label + " capsule " + t.capsule()
                + " does not exist");
        Region r = manifest.capsules().get(t.capsule()).region();
        require(t.offset() >= r.offset() && t.length() >= 0 && t.length() <= r.end() - t.offset(), label
                + " at " + t.offset() + " (+" + t.length() + ") is not inside the region of capsule " + t.capsule());
        aligned(t.offset(), label);
        long expected;
        try {
            expected = Dtypes.byteLength(t.dtype(), t.shape());
        } catch (ArithmeticException e) {
            throw failure(label + " shape " + t.shape() + " is too large");
        }
        require(expected == Dtypes.UNKNOWN || expected == t.length(), label + " length " + t.length()
                + " does not match shape " + t.shape() + " x " + t.dtype() + " (" + expected + " bytes)");
    }

    private void valueSpecs(List<ValueSpec> specs, String where) {
        require(specs != null, where + " is missing");
        for (ValueSpec v : specs) {
            require(v != null && v.name() != null, where + " has a value without name");
            if (v.shape() != null) {
                for (Object d : v.shape()) {
                    require(d == null || d instanceof String || d instanceof Long l && l >= 0, where + " value '"
                            + v.name() + "' has a shape element that is not a size, a name or null");
                }
            }
        }
    }

    private void inside(long offset, long length, long limit, String what) {
        require(offset >= 0 && length >= 0 && offset <= limit && length <= limit - offset, what + " at " + offset
                + " (+" + length + ") is outside the " + limit + "-byte file");
    }

    private void aligned(long offset, String what) {
        require(offset % header.alignment() == 0, what + " offset " + offset + " is not a multiple of "
                + header.alignment());
    }

    private void crc(String crc, String what) {
        require(Checksums.isLowerHex(crc, 8), what + " is not 8 lowercase hex digits");
    }

    private void noOverlaps(List<Span> spans) {
        List<Span> sorted = spans.stream().filter(s -> s.length > 0)
                .sorted(Comparator.comparingLong(Span::offset)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            Span a = sorted.get(i - 1);
            Span b = sorted.get(i);
            require(b.offset >= a.offset + a.length, a.what + " and " + b.what + " overlap");
        }
    }

    private static String capsuleLabel(CapsuleSpec c) {
        return "capsule " + c.index() + " '" + c.name() + "'";
    }

    private void require(boolean ok, String problem) {
        if (!ok) {
            throw failure(problem);
        }
    }

    private ModelFormatException failure(String problem) {
        return new ModelFormatException(file, header.manifestOffset(), "manifest: " + problem);
    }

    private record Span(long offset, long length, String what) {
    }
}
