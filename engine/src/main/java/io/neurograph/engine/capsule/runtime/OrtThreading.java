package io.neurograph.engine.capsule.runtime;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;

/**
 * ONNX Runtime's environment (one per JVM) and how capsule sessions get their threads.
 *
 * <p>A model runs as several sessions one after another. With ORT's default per-session intra-op pools each
 * session has its own workers, and they spin after their work: while capsule i+1 runs, the workers of capsule
 * i still burn the cores. Measured on a 2-core VM shared with other jobs (MiniLM fp32, 7 capsules, 2 threads,
 * medians of hundreds of runs, as a ratio to ORT on the original model in one session):
 * <ul>
 * <li>per-session pools, default spinning: 6-12x slower (26 ms instead of 2 ms at 8 tokens);
 * <li>per-session pools, {@code session.intra_op.allow_spinning=0}: 1.29 / 1.15 / 1.09 at 8 / 32 / 128
 *     tokens (sleeping workers must be woken for every parallel op);
 * <li>per-session pools, {@code session.force_spinning_stop=1} (spin during a run, stop when it returns):
 *     1.16-1.25 / 1.10-1.23 / 1.04-1.05;
 * <li>one global pool for all sessions ({@code ThreadingOptions} + {@code disablePerSessionThreads}):
 *     1.16 / 1.05 / 1.02, in JMH 0.98-1.11 / 1.10-1.12 / 1.10-1.11.
 * </ul>
 * The last two are within the noise of each other; the global pool is used where possible because it was
 * ahead in the quietest measurement and because one pool serves any number of capsules (7 sessions, 1
 * worker thread) instead of one idle pool per capsule.
 *
 * <p>Global pools can only be requested when the environment is created, so the first caller of
 * {@link #environment()} creates it with a global pool of {@link #GLOBAL_THREADS} threads. Sessions asking for
 * that many threads (or ORT's default, 0) use it; other thread counts, or an environment that other code
 * created first, fall back to per-session pools with {@code session.force_spinning_stop=1}.
 */
public final class OrtThreading {
    /** Size of the global intra-op pool: every core the JVM may use. */
    public static final int GLOBAL_THREADS = Runtime.getRuntime().availableProcessors();

    private static Boolean globalPool;

    private OrtThreading() {
    }

    /** The JVM's ORT environment, created with the global pool if nothing created it before. */
    public static synchronized OrtEnvironment environment() {
        try {
            // the first touch loads ORT's native library, whose initialisation needs more than a default stack
            return NativeStack.call("init", () -> {
                if (globalPool == null) {
                    createWithGlobalPool();
                }
                return OrtEnvironment.getEnvironment();
            });
        } catch (OrtException e) {
            throw new IllegalStateException("cannot create the ONNX Runtime environment: " + e.getMessage(), e);
        }
    }

    private static void createWithGlobalPool() throws OrtException {
        try (OrtEnvironment.ThreadingOptions threading = new OrtEnvironment.ThreadingOptions()) {
            threading.setGlobalIntraOpNumThreads(GLOBAL_THREADS);
            threading.setGlobalInterOpNumThreads(1);
            OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL, "tiro", threading);
            globalPool = true;
        } catch (IllegalStateException e) {
            globalPool = false; // other code created the environment first, without global pools
        }
    }

    /** Sets up a capsule session's threads: the global pool where it fits, else its own non-lingering pool. */
    static void configure(OrtSession.SessionOptions options, int threads) throws OrtException {
        environment();
        if (usesGlobalPool(threads)) {
            options.disablePerSessionThreads();
        } else {
            if (threads > 0) {
                options.setIntraOpNumThreads(threads);
            }
            options.addConfigEntry("session.force_spinning_stop", "1");
        }
    }

    /** True if sessions with this intra-op thread count run on the global pool. */
    public static synchronized boolean usesGlobalPool(int threads) {
        environment();
        return globalPool && (threads == 0 || threads == GLOBAL_THREADS);
    }
}
