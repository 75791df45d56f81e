package io.neurograph.tiro.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.event.EngineEvent;
import io.neurograph.tiro.ui.concurrent.CurrentThreadTaskExecutor;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.testing.RecordingNotifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardViewModelTest {
    @TempDir
    Path dir;
    private final AtomicLong clock = new AtomicLong(0);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private Engine engine;
    private DashboardViewModel model;

    @BeforeEach
    void open() {
        engine = Engine.open(EngineConfig.inMemory());
        model = newModel();
    }

    private DashboardViewModel newModel() {
        Sampler sampler = new Sampler(engine, () -> new JvmReading(64L << 20, 0, 0, 0.5, 0, 0), clock::get);
        return new DashboardViewModel(sampler, new AlertStore(dir.resolve("ui/alerts.json")),
                new CurrentThreadTaskExecutor(), new Messages(Locale.ENGLISH), notifier);
    }

    @AfterEach
    void close() {
        model.close();
        engine.close();
    }

    @Test
    void exportsEverySampleAsCsv() throws Exception {
        tickAt(0);
        tickAt(1000);
        Path file = dir.resolve("series.csv");

        model.exportCsv(file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("time,tokens,");
        assertThat(lines.get(2)).startsWith("1970-01-01T00:00:01Z,0,0,0,,,67108864,");
        assertThat(notifier.infos()).containsExactly("Series exported: 2 rows written to series.csv");
        assertThat(notifier.errors()).isEmpty();
    }

    @Test
    void anAlertFiresOncePerCooldownAndRulesAreRemembered() {
        model.addRule(new AlertRule(Metric.CPU, Comparison.ABOVE, 40, 2, 10));
        for (int second = 0; second <= 12; second++) {
            tickAt(second * 1000L);
        }
        assertThat(notifier.errors()).containsExactly(
                "Alert: Process CPU: Now 50.0 %: > 40.0 % for at least 2 s",
                "Alert: Process CPU: Now 50.0 %: > 40.0 % for at least 2 s");
        assertThat(notifier.infos()).isEmpty();
        model.close();
        model = newModel();
        assertThat(model.rules()).containsExactly(new AlertRule(Metric.CPU, Comparison.ABOVE, 40, 2, 10));
    }

    @Test
    void recentActivityShowsTheNewestEventFirst() {
        engine.events().publish(new EngineEvent.TokenCreated(7, 1));
        engine.events().publish(new EngineEvent.CdnaUpdated("explorer", 255, 2));
        tickAt(0);
        assertThat(model.activity()).extracting(e -> e.message())
                .containsExactly("CDNA updated: profile explorer, checksum ff", "Token 7 created");
        assertThat(model.latest(Metric.HEAP)).isEqualTo("64.0 MiB");
    }

    private void tickAt(long millis) {
        clock.set(millis);
        model.tick();
    }
}
