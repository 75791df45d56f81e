package io.neurograph.engine.bootstrap;

/**
 * A bootstrap cannot start or continue: the data folder holds another job, its checkpoint is
 * damaged, the options differ from the ones the job was started with, or the source yields too
 * little. The message names the file and says what to do (typically {@code --restart} or another
 * data folder). Nothing was changed when it is thrown.
 */
public final class BootstrapException extends Exception {
    public BootstrapException(String message) {
        super(message);
    }
}
