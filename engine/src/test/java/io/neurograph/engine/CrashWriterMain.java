package io.neurograph.engine;

import io.neurograph.engine.guardian.GuardianConfig;
import io.neurograph.engine.guardian.MemoryProbe;
import io.neurograph.engine.token.Token;
import io.neurograph.engine.util.Clock;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Child process of {@link CrashSafetyTest}: writes token batches of {@value #BATCH} into the data
 * folder given as the argument until it is killed, printing the last id of each committed batch.
 */
public final class CrashWriterMain {
    static final int BATCH = 1000;

    private CrashWriterMain() {
    }

    public static void main(String[] args) {
        GuardianConfig noQuota = new GuardianConfig(true, true, 10_000, 100, OptionalLong.empty(), OptionalLong.empty(),
                false, 0.8);
        Engine engine = Engine.open(new EngineConfig(Path.of(args[0]), Clock.SYSTEM, noQuota,
                MemoryProbe.RECORD_ESTIMATE));
        Token template = Token.builder().weight(0.5f).fieldRadiusRaw(7).build();
        engine.tokens().createMany(Integer.MAX_VALUE, template, BATCH, lastId -> {
            System.out.println(lastId);
            System.out.flush();
        });
    }
}
