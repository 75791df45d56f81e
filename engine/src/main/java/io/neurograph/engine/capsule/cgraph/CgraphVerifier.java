package io.neurograph.engine.capsule.cgraph;

import io.neurograph.engine.capsule.ModelFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * Checks a full file's region, graph blob and tensor checksums, or a mini file's index against its full
 * file, and repairs a stale index. Each file is streamed once through a bounded buffer; CRC32C is
 * hardware-accelerated, so verification runs at disk speed.
 */
public final class CgraphVerifier {
    private static final int BUFFER = 1 << 20;
    private static final int MAX_PROBLEMS_PER_CAPSULE = 5;
    private static final String RECONVERT = "; the full file must be re-converted";

    private CgraphVerifier() {
    }

    /**
     * Verifies a full file (every region, blob and tensor checksum, zero padding) or a mini file (its own
     * blobs, then the full file: existence, size, manifest SHA-256, each index entry against the full
     * manifest's region, and the actual bytes of every region and tensor). Problems go into the report.
     *
     * @throws ModelFormatException if {@code miniOrFull} itself cannot be opened
     */
    public static VerifyReport verify(Path miniOrFull) {
        try (CgraphFile file = CgraphFile.open(miniOrFull)) {
            return file.isMini() ? verifyMini(file) : verifyFull(file);
        }
    }

    /**
     * Regenerates the index of {@code mini} from the full file it references.
     *
     * @throws ModelFormatException if {@code mini} cannot be opened or is a full file
     */
    public static VerifyReport repair(Path mini) {
        Path full;
        try (CgraphFile file = CgraphFile.open(mini)) {
            requireMini(file);
            full = file.fullPathUnchecked();
        }
        return repair(mini, full);
    }

    /**
     * Rewrites {@code mini} from {@code full} (e.g. after the full file was moved) if the full file's bytes
     * match its own manifest, and lists what changed; if the full file is missing or corrupted the mini is
     * left untouched and the report says the full file must be re-converted. A missing or unreadable mini
     * is rebuilt, but a file that is not a .cgraph mini is never overwritten.
     */
    public static VerifyReport repair(Path mini, Path full) {
        CgraphManifest old = null;
        List<String> oldBlobProblems = List.of();
        CgraphFile existing = openExistingMini(mini);
        if (existing != null) {
            try (existing) {
                requireMini(existing);
                old = existing.manifest();
                oldBlobProblems = miniBytesProblems(existing);
            }
        }
        if (!Files.isRegularFile(full)) {
            return new VerifyReport(mini, full, List.of(), List.of("full file " + full
                    + " not found; the index cannot be repaired; re-convert or name the full file's location"),
                    List.of());
        }
        try (CgraphFile source = CgraphFile.open(full)) {
            if (source.isMini()) {
                return new VerifyReport(mini, full, List.of(), List.of(full + " is a mini file, not a full file"),
                        List.of());
            }
            String otherModel = otherModel(old, source.manifest());
            if (otherModel != null) {
                return new VerifyReport(mini, full, List.of(), List.of(otherModel + "; the mini was not changed"),
                        List.of());
            }
            VerifyReport check = verifyFull(source);
            if (!check.ok()) {
                List<String> problems = new ArrayList<>(check.problems());
                problems.add("full file " + full + " is corrupted" + RECONVERT + "; the mini was not changed");
                return new VerifyReport(mini, full, check.capsules(), problems, List.of());
            }
            List<String> changes = changes(old, MiniCgraph.manifestFor(mini, source), oldBlobProblems);
            if (!changes.isEmpty()) {
                MiniCgraph.write(mini, full);
            }
            return new VerifyReport(mini, full, check.capsules(), List.of(), changes);
        } catch (ModelFormatException e) {
            return new VerifyReport(mini, full, List.of(), List.of("full file is damaged: " + e.getMessage()
                    + RECONVERT + "; the mini was not changed"), List.of());
        }
    }

    /**
     * Why {@code full} cannot be this mini's full file: it was converted from another source model (different
     * SHA-256), or null. Another conversion of the same model is acceptable; the report lists what changes.
     */
    private static String otherModel(CgraphManifest oldMini, CgraphManifest full) {
        if (oldMini == null || Objects.equals(oldMini.model().sourceSha256(), full.model().sourceSha256())) {
            return null;
        }
        return "full file was converted from " + full.model().sourceFile() + " (source sha256 "
                + full.model().sourceSha256() + "), but this mini from " + oldMini.model().sourceFile()
                + " (source sha256 " + oldMini.model().sourceSha256() + ")";
    }

    /** The mini to be repaired, or null if it is missing or damaged beyond opening but clearly a mini. */
    private static CgraphFile openExistingMini(Path mini) {
        if (!Files.exists(mini)) {
            return null;
        }
        try {
            return CgraphFile.open(mini);
        } catch (ModelFormatException e) {
            if (!CgraphHeader.looksLikeMini(mini)) {
                throw e;   // never overwrite what may be some other file
            }
            return null;
        }
    }

    static VerifyReport verifyFull(CgraphFile full) {
        Scan scan = new Scan();
        List<CapsuleCheck> checks = new ArrayList<>();
        for (CapsuleSpec c : full.manifest().capsules()) {
            checks.add(check(c, regionProblems(full, c.index(), scan)));
        }
        return new VerifyReport(full.path(), full.path(), checks, ownBytesProblems(full, scan), List.of());
    }

    private static VerifyReport verifyMini(CgraphFile mini) {
        Scan scan = new Scan();
        List<CapsuleSpec> capsules = mini.manifest().capsules();
        List<List<String>> perCapsule = new ArrayList<>();
        for (CapsuleSpec c : capsules) {
            perCapsule.add(new ArrayList<>(miniBlobProblems(mini, c, scan)));
        }
        List<String> problems = new ArrayList<>(ownBytesProblems(mini, scan));
        FullFileRef ref = mini.manifest().fullFile();
        Path fullPath = mini.fullPathUnchecked();
        String unchecked = checkFullFile(mini, ref, fullPath, scan, perCapsule, problems);
        List<CapsuleCheck> checks = new ArrayList<>();
        for (CapsuleSpec c : capsules) {
            List<String> p = perCapsule.get(c.index());
            if (unchecked != null) {
                p.add("not checked: " + unchecked);
            }
            checks.add(check(c, p));
        }
        return new VerifyReport(mini.path(), fullPath, checks, problems, List.of());
    }

    /** Checks the full file of a mini; returns why the capsules could not be checked, or null. */
    private static String checkFullFile(CgraphFile mini, FullFileRef ref, Path fullPath, Scan scan,
            List<List<String>> perCapsule, List<String> problems) {
        String hint = CgraphFile.STALE_FULL_FILE_HINT;
        if (!Files.isRegularFile(fullPath)) {
            problems.add("full file " + ref.path() + " not found (referenced by mini " + mini.path().getFileName()
                    + ")" + hint);
            return "full file not found";
        }
        long size = sizeOf(fullPath);
        if (size != ref.size()) {
            problems.add("full file " + ref.path() + " is " + size + " bytes, the index expects " + ref.size()
                    + hint);
        }
        try (CgraphFile full = CgraphFile.open(fullPath)) {
            if (full.isMini()) {
                problems.add("full file " + ref.path() + " is itself a mini file" + hint);
                return "full file is a mini file";
            }
            if (!full.manifestSha256().equals(ref.manifestSha256())) {
                problems.add("index is stale: the full file's manifest changed since the mini was written" + hint);
            }
            List<CapsuleSpec> indexed = mini.manifest().capsules();
            List<CapsuleSpec> actual = full.manifest().capsules();
            if (indexed.size() != actual.size()) {
                problems.add("the mini has " + indexed.size() + " capsules, the full file " + actual.size() + hint);
            }
            if (!mini.manifest().tensors().equals(full.manifest().tensors())) {
                problems.add("the mini's tensor table differs from the full file's" + hint);
            }
            for (CapsuleSpec c : indexed) {
                List<String> p = perCapsule.get(c.index());
                if (c.index() >= actual.size()) {
                    p.add("not in the full file");
                    continue;
                }
                Region real = actual.get(c.index()).region();
                if (!c.region().equals(real)) {
                    p.add("index entry " + describe(c.region()) + " differs from the full file's region "
                            + describe(real));
                }
                p.addAll(regionProblems(full, c.index(), scan));
            }
            problems.addAll(ownBytesProblems(full, scan).stream().map(s -> "full file: " + s).toList());
            return null;
        } catch (ModelFormatException e) {
            problems.add("full file is damaged: " + e.getMessage() + hint);
            return "full file is damaged";
        }
    }

    private static List<String> miniBlobProblems(CgraphFile mini, CapsuleSpec c, Scan scan) {
        BlobRef g = c.graph();
        return itemProblems(scan.check(mini, g.offset(), g.length(),
                List.of(new Item("graph blob in the mini", g.offset(), g.length(), g.crc32c()))));
    }

    /** Everything wrong with a mini's own bytes (blobs and padding), for deciding whether a repair rewrites it. */
    private static List<String> miniBytesProblems(CgraphFile mini) {
        Scan scan = new Scan();
        List<String> problems = new ArrayList<>(ownBytesProblems(mini, scan));
        for (CapsuleSpec c : mini.manifest().capsules()) {
            miniBlobProblems(mini, c, scan).forEach(p -> problems.add("capsule " + c.index() + ": " + p));
        }
        return problems;
    }

    /** Streams one capsule region of a full file, checking the region, its graph blob and its tensors. */
    private static List<String> regionProblems(CgraphFile full, int index, Scan scan) {
        CapsuleSpec c = full.manifest().capsules().get(index);
        List<Item> items = new ArrayList<>();
        items.add(new Item("graph blob", c.graph().offset(), c.graph().length(), c.graph().crc32c()));
        for (TensorSpec t : full.manifest().tensors()) {
            if (t.capsule() == index) {
                items.add(new Item("tensor '" + t.name() + "'", t.offset(), t.length(), t.crc32c()));
            }
        }
        Region r = c.region();
        ScanResult result = scan.check(full, r.offset(), r.length(), items);
        List<String> problems = new ArrayList<>();
        if (!result.crc32c().equals(r.crc32c())) {
            problems.add("region bytes damaged (crc32c " + result.crc32c() + ", expected " + r.crc32c() + ")");
        }
        problems.addAll(itemProblems(result));
        return problems;
    }

    /** Bytes of a file outside header, manifest, blobs (mini) or regions (full) must be zero padding. */
    private static List<String> ownBytesProblems(CgraphFile file, Scan scan) {
        List<long[]> used = new ArrayList<>();
        used.add(new long[] {0, CgraphHeader.SIZE});
        for (CapsuleSpec c : file.manifest().capsules()) {
            used.add(file.isMini() ? new long[] {c.graph().offset(), c.graph().length()}
                    : new long[] {c.region().offset(), c.region().length()});
        }
        used.add(new long[] {file.manifestOffset(), file.manifestLength()});
        used.sort(Comparator.comparingLong(a -> a[0]));
        List<String> problems = new ArrayList<>();
        long pos = 0;
        for (long[] span : used) {
            if (span[0] > pos) {
                long bad = scan.firstNonZero(file, pos, span[0] - pos);
                if (bad >= 0) {
                    problems.add("non-zero byte at " + bad + " in padding outside every region");
                }
            }
            pos = Math.max(pos, span[0] + span[1]);
        }
        if (file.size() > pos) {
            long bad = scan.firstNonZero(file, pos, file.size() - pos);
            if (bad >= 0) {
                problems.add("non-zero byte at " + bad + " after the last section");
            }
        }
        return problems;
    }

    private static List<String> itemProblems(ScanResult result) {
        List<String> problems = new ArrayList<>();
        for (Item item : result.items()) {
            String actual = Checksums.hex(item.crc);
            if (!actual.equals(item.expected)) {
                problems.add(item.what + " crc32c " + actual + ", expected " + item.expected);
            }
        }
        return problems;
    }

    private static List<String> changes(CgraphManifest old, CgraphManifest expected, List<String> blobProblems) {
        List<String> changes = new ArrayList<>();
        if (old == null) {
            changes.add("the mini was missing or unreadable; rebuilt from the full file");
            return changes;
        }
        FullFileRef a = old.fullFile();
        FullFileRef b = expected.fullFile();
        change(changes, "full_file.path", a.path(), b.path());
        change(changes, "full_file.size", a.size(), b.size());
        change(changes, "full_file.manifest_sha256", a.manifestSha256(), b.manifestSha256());
        change(changes, "capsule count", old.capsules().size(), expected.capsules().size());
        for (int i = 0; i < Math.min(old.capsules().size(), expected.capsules().size()); i++) {
            CapsuleSpec x = old.capsules().get(i);
            CapsuleSpec y = expected.capsules().get(i);
            String label = "capsule " + i + " '" + y.name() + "' index";
            change(changes, label + " offset", x.region().offset(), y.region().offset());
            change(changes, label + " length", x.region().length(), y.region().length());
            change(changes, label + " crc32c", x.region().crc32c(), y.region().crc32c());
            if (!x.graph().equals(y.graph())) {
                changes.add("capsule " + i + " '" + y.name() + "' graph blob reference rewritten");
            }
        }
        if (!old.tensors().equals(expected.tensors())) {
            changes.add("tensor table rewritten from the full file");
        }
        if (changes.isEmpty() && !old.equals(expected)) {
            changes.add("other manifest fields rewritten from the full file");
        }
        if (!blobProblems.isEmpty()) {
            changes.add("damaged bytes in the mini rewritten (" + String.join("; ", blobProblems) + ")");
        }
        return changes;
    }

    private static void change(List<String> changes, String what, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.add(what + ": " + from + " -> " + to);
        }
    }

    private static CapsuleCheck check(CapsuleSpec c, List<String> problems) {
        if (problems.isEmpty()) {
            return new CapsuleCheck(c.index(), c.name(), true, null);
        }
        List<String> shown = problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_PER_CAPSULE));
        String more = problems.size() > shown.size() ? "; and " + (problems.size() - shown.size()) + " more" : "";
        return new CapsuleCheck(c.index(), c.name(), false, String.join("; ", shown) + more);
    }

    private static String describe(Region r) {
        return "{offset " + r.offset() + ", length " + r.length() + ", crc32c " + r.crc32c() + "}";
    }

    private static void requireMini(CgraphFile file) {
        if (!file.isMini()) {
            throw new ModelFormatException(file.path(), "is a full file; only a mini file's index can be repaired");
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }

    /** A checksummed byte range inside a scanned range. */
    private static final class Item {
        final String what;
        final long offset;
        final long length;
        final String expected;
        final CRC32C crc = new CRC32C();

        Item(String what, long offset, long length, String expected) {
            this.what = what;
            this.offset = offset;
            this.length = length;
            this.expected = expected;
        }

        long end() {
            return offset + length;
        }
    }

    private record ScanResult(String crc32c, List<Item> items) {
    }

    /** Reads file ranges once through one bounded direct buffer. */
    private static final class Scan {
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);

        /** The CRC32C of the range; each item (inside the range, not overlapping) gets its own CRC32C on the way. */
        ScanResult check(CgraphFile file, long offset, long length, List<Item> unsorted) {
            List<Item> items = unsorted.stream().sorted(Comparator.comparingLong(i -> i.offset)).toList();
            CRC32C whole = new CRC32C();
            int first = 0;
            long pos = offset;
            while (pos < offset + length) {
                int n = read(file, pos, offset + length - pos);
                whole.update(buffer.duplicate());
                long chunkEnd = pos + n;
                while (first < items.size() && items.get(first).end() <= pos) {
                    first++;
                }
                for (int j = first; j < items.size() && items.get(j).offset < chunkEnd; j++) {
                    Item item = items.get(j);
                    long from = Math.max(pos, item.offset);
                    long to = Math.min(chunkEnd, item.end());
                    if (to > from) {
                        item.crc.update(buffer.slice((int) (from - pos), (int) (to - from)));
                    }
                }
                pos = chunkEnd;
            }
            return new ScanResult(Checksums.hex(whole), items);
        }

        /** The offset of the first non-zero byte in the range, or -1. */
        long firstNonZero(CgraphFile file, long offset, long length) {
            long pos = offset;
            while (pos < offset + length) {
                int n = read(file, pos, offset + length - pos);
                for (int at = 0; at < n; at += CgraphHeader.ALIGNMENT) {
                    int len = Math.min(CgraphHeader.ALIGNMENT, n - at);
                    int mismatch = buffer.slice(at, len).mismatch(AtomicOutput.zeros(len));
                    if (mismatch >= 0) {
                        return pos + at + mismatch;
                    }
                }
                pos += n;
            }
            return -1;
        }

        /** Fills the buffer from {@code pos} with up to {@code max} bytes; returns how many. */
        private int read(CgraphFile file, long pos, long max) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), max));
            try {
                while (buffer.hasRemaining()) {
                    if (file.channel().read(buffer, pos + buffer.position()) < 0) {
                        throw new ModelFormatException(file.path(), pos + buffer.position(), "file ends early");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.path(), e);
            }
            return buffer.flip().remaining();
        }
    }
}
