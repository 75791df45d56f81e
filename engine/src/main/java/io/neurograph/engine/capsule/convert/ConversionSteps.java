package io.neurograph.engine.capsule.convert;

import io.neurograph.engine.capsule.cgraph.CgraphManifest;
import io.neurograph.engine.capsule.cgraph.ConversionInfo;
import io.neurograph.engine.capsule.cgraph.MiniCgraph;
import io.neurograph.engine.capsule.onnx.CapsuleMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;

/** The steps every converter shares: output naming, source hashing, cancellation, the mini file. */
final class ConversionSteps {
    private static final String TOOL = "tiro";
    private static final int CHUNK = 1 << 20;

    private ConversionSteps() {
    }

    /** Writes the full file and returns its manifest; conversion-specific. */
    @FunctionalInterface
    interface FullFileWriter {
        CgraphManifest write();
    }

    /**
     * The frame of every conversion: refuse to overwrite the source, write the full file, then the mini file;
     * an interrupt inside channel I/O (which closes the channel) becomes a cancellation like any other.
     */
    static ConversionResult convert(Path source, Path outFull, ConversionListener listener, FullFileWriter full) {
        long start = System.nanoTime();
        refuseToOverwriteSource(source, outFull, miniPath(outFull));
        Path folder = outFull.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("output folder " + folder + " does not exist");
        }
        checkCancelled(listener);
        try {
            return finishWithMini(outFull, full.write(), listener, start);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof ClosedByInterruptException) {
                throw cancelled(e);
            }
            throw e;
        }
    }

    /** {@code OUT.cgraph} → {@code OUT.mini.cgraph}. */
    static Path miniPath(Path outFull) {
        String name = outFull.getFileName().toString();
        if (!name.endsWith(".cgraph")) {
            throw new IllegalArgumentException("output " + outFull + " must end in .cgraph");
        }
        if (name.endsWith(".mini.cgraph")) {
            throw new IllegalArgumentException("output " + outFull + " must not end in .mini.cgraph: that is the"
                    + " name of the mini file written beside OUT.cgraph");
        }
        return outFull.resolveSibling(name.substring(0, name.length() - ".cgraph".length()) + ".mini.cgraph");
    }

    private static void refuseToOverwriteSource(Path source, Path outFull, Path mini) {
        Path normalized = source.toAbsolutePath().normalize();
        for (Path out : List.of(outFull, mini)) {
            boolean same = out.toAbsolutePath().normalize().equals(normalized);
            try {
                same |= Files.exists(out) && Files.isSameFile(out, source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (same) {
                throw new IllegalArgumentException("output " + out + " would overwrite the source model");
            }
        }
    }

    /** SHA-256 of the whole source, read in 1 MiB chunks with progress under the stage "hash". */
    static String sha256(Path file, ConversionListener listener) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = in.size();
            ByteBuffer buf = ByteBuffer.allocate(CHUNK);
            long done = 0;
            int n;
            while ((n = in.read(buf)) >= 0) {
                digest.update(buf.flip());
                buf.clear();
                done += n;
                listener.progress("hash", done, size);
                checkCancelled(listener);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    static void checkCancelled(ConversionListener listener) {
        if (Thread.interrupted() || listener.cancelled()) {
            throw cancelled(null);
        }
    }

    private static CancellationException cancelled(Throwable cause) {
        CancellationException e = new CancellationException("conversion cancelled");
        e.initCause(cause);
        return e;
    }

    static ConversionInfo conversionInfo(CapsuleMode mode) {
        String version = ConversionSteps.class.getPackage().getImplementationVersion();
        String modeName = switch (mode) {
            case CapsuleMode.Auto a -> "auto";
            case CapsuleMode.Layer l -> "layer";
            case CapsuleMode.Node n -> "node";
            case CapsuleMode.Count c -> Integer.toString(c.n());
        };
        return new ConversionInfo(TOOL, version == null ? "dev" : version, modeName,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** Writes the mini file beside a finished full file; on any failure removes both. */
    private static ConversionResult finishWithMini(Path outFull, CgraphManifest manifest, ConversionListener listener,
            long startNanos) {
        Path mini = miniPath(outFull);
        try {
            checkCancelled(listener);
            listener.progress("mini", 0, 1);
            MiniCgraph.write(mini, outFull);
            listener.progress("mini", 1, 1);
            return new ConversionResult(outFull, mini, manifest, Files.size(outFull) + Files.size(mini),
                    System.nanoTime() - startNanos);
        } catch (IOException e) {
            deleteQuietly(outFull, mini);
            throw new UncheckedIOException("cannot write " + mini, e);
        } catch (RuntimeException e) {
            deleteQuietly(outFull, mini);
            throw e;
        }
    }

    private static void deleteQuietly(Path... files) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // best effort: the original failure is what the caller needs to see
            }
        }
    }
}
