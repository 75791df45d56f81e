package io.neurograph.tiro.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread. Exactly one of the callbacks is called, on the FX thread in the application
 * and on the calling thread in {@link CurrentThreadTaskExecutor}, so view-models never marshal threads.
 */
public interface TaskExecutor extends AutoCloseable {

    <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** Stops accepting work and interrupts what is running. */
    @Override
    void close();
}
