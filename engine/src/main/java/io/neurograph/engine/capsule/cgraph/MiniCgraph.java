package io.neurograph.engine.capsule.cgraph;

import io.neurograph.engine.capsule.ModelFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes the mini file of a full file: header, the capsule graph blobs, and the full manifest with
 * {@code full_file} added and each capsule's graph pointing into the mini. The capsule regions stay the
 * full file's: they are the index. No weights.
 */
public final class MiniCgraph {

    private MiniCgraph() {
    }

    /**
     * Writes {@code mini} from {@code full} (atomically, via {@code mini.part}) and returns its manifest.
     *
     * @throws ModelFormatException if {@code full} is not a valid full .cgraph file
     */
    public static CgraphManifest write(Path mini, Path full) {
        try (CgraphFile source = CgraphFile.open(full)) {
            if (source.isMini()) {
                throw new ModelFormatException(full, "is a mini file; a mini is made from a full file");
            }
            CgraphManifest manifest = manifestFor(mini, source);
            byte[] json = CgraphJson.write(manifest);
            long manifestOffset = manifest.capsules().isEmpty() ? CgraphHeader.SIZE
                    : manifest.capsules().getLast().graph().offset() + manifest.capsules().getLast().graph().length();
            try (AtomicOutput out = AtomicOutput.create(mini)) {
                out.write(AtomicOutput.zeros(CgraphHeader.SIZE));
                for (CapsuleSpec c : source.manifest().capsules()) {
                    out.write(ByteBuffer.wrap(source.graphBlob(c)));
                }
                out.write(ByteBuffer.wrap(json));
                out.commit(CgraphHeader.of(true, manifestOffset, json.length, Checksums.crc32c(json, 0, json.length),
                        source.alignment(), manifestOffset + json.length));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + mini, e);
            }
            return manifest;
        }
    }

    /** The manifest {@link #write} puts into {@code mini} for this full file: blobs packed after the header. */
    static CgraphManifest manifestFor(Path mini, CgraphFile full) {
        CgraphManifest m = full.manifest();
        List<CapsuleSpec> capsules = new ArrayList<>(m.capsules().size());
        long offset = CgraphHeader.SIZE;
        for (CapsuleSpec c : m.capsules()) {
            BlobRef g = c.graph();
            capsules.add(new CapsuleSpec(c.index(), c.name(), c.kind(), c.inputs(), c.outputs(), c.nodes(),
                    c.tensors(), new BlobRef(g.encoding(), offset, g.length(), g.crc32c()), c.region()));
            offset += g.length();
        }
        FullFileRef ref = new FullFileRef(relativePath(mini, full.path()), full.size(), full.manifestSha256());
        return new CgraphManifest(m.schemaVersion(), m.model(), m.conversion(), m.inputs(), m.outputs(),
                List.copyOf(capsules), m.tensors(), ref);
    }

    /** {@code full} relative to the mini's folder, with '/' separators on every platform. */
    static String relativePath(Path mini, Path full) {
        Path from = mini.toAbsolutePath().normalize();
        Path to = full.toAbsolutePath().normalize();
        if (from.equals(to)) {
            throw new IllegalArgumentException("the mini file cannot replace its full file " + full);
        }
        Path relative;
        try {
            relative = from.getParent().relativize(to);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no relative path from " + from + " to " + to
                    + " (different drives?); put the mini next to the full file", e);
        }
        StringJoiner joined = new StringJoiner("/");
        relative.forEach(part -> joined.add(part.toString()));
        return joined.toString();
    }
}
