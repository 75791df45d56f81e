package io.neurograph.tiro.ui.support;

/**
 * Sends exceptions that escape any thread (the FX thread's event handlers included) to Java logging, so the Logs
 * tab shows them next to the engine's events; they still reach stderr through the logging console handler.
 */
public final class UncaughtErrors {
    private static final System.Logger LOG = System.getLogger("io.neurograph.tiro.ui");

    private UncaughtErrors() {
    }

    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                LOG.log(System.Logger.Level.ERROR, "Unexpected error in thread " + thread.getName(), error));
    }
}
