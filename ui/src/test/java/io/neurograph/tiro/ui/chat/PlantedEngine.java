package io.neurograph.tiro.ui.chat;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.bootstrap.BootstrapJob;
import io.neurograph.engine.bootstrap.BootstrapOptions;
import io.neurograph.engine.util.JobListener;
import io.neurograph.engine.vector.IndexMode;
import io.neurograph.engine.vector.VectorEncoding;
import io.neurograph.tiro.ui.bootstrap.PlantedGlove;
import java.nio.file.Path;

/** An engine in {@code dir/data} bootstrapped from 10 planted clusters of 20 words ({@code c<cluster>w<i>}, 16 dims). */
final class PlantedEngine {
    private PlantedEngine() {
    }

    static Engine open(Path dir) throws Exception {
        Path data = dir.resolve("data");
        Engine engine = Engine.open(EngineConfig.at(data));
        Path glove = PlantedGlove.write(dir.resolve("planted.txt"), 10, 20, 16, 7);
        BootstrapJob.run(engine, data, glove, new BootstrapOptions(0, 5, false, VectorEncoding.FLOAT32, IndexMode.EXACT,
                1000, false), JobListener.NONE);
        return engine;
    }
}
