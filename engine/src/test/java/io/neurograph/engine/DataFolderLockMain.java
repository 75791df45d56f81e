package io.neurograph.engine;

import io.neurograph.engine.store.DataFolderInUseException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child process of {@link DataFolderLockTest}: opens an engine on the folder given as the argument and prints
 * {@code opened} (then holds the folder, without writing, until a line arrives on stdin and closes it) or
 * {@code refused <message>}.
 */
public final class DataFolderLockMain {
    private DataFolderLockMain() {
    }

    public static void main(String[] args) throws Exception {
        Engine engine;
        try {
            engine = Engine.open(EngineConfig.at(Path.of(args[0])));
        } catch (DataFolderInUseException e) {
            System.out.println("refused " + e.getMessage());
            return;
        }
        System.out.println("opened");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        engine.close();
        System.out.println("closed");
    }
}
