package io.neurograph.engine.capsule.runtime;

import ai.onnxruntime.OrtException;

/**
 * Runs ONNX Runtime calls that need a deep native stack on a thread with a large one. Loading ORT's native
 * library and creating sessions (which optimise the graph recursively) can need more than the 1 MiB a Java
 * thread gets by default — measured: with a long class path, the first {@code OrtEnvironment} on a 1 MiB
 * main thread killed the JVM with SIGSEGV and no error report; with 2 MiB it worked. The thread lives for one
 * call and is joined before returning: a synchronous call, not background work.
 */
public final class NativeStack {
    /** Reserved address space, not memory: pages are committed only as the stack grows. */
    private static final long STACK_BYTES = 64L << 20;

    /** An ONNX Runtime call. */
    @FunctionalInterface
    public interface OrtCall<T> {
        T call() throws OrtException;
    }

    private NativeStack() {
    }

    /** Runs {@code work} on a large-stack thread and returns its result or rethrows what it threw. */
    public static <T> T call(String what, OrtCall<T> work) throws OrtException {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = work.call();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "tiro-ort-" + what, STACK_BYTES);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;   // ORT cannot be stopped mid-call: wait, then pass the interrupt on
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        switch (failure[0]) {
            case null -> {
            }
            case OrtException e -> throw e;
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(failure[0]);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
