package io.neurograph.tiro.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.ModelSettings;
import io.neurograph.engine.capsule.convert.ConversionListener;
import io.neurograph.engine.embed.SentenceEmbedder;
import io.neurograph.engine.event.EngineEvent;
import io.neurograph.tiro.ui.testing.SentenceModels;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplerTest {
    private static final long MIB = 1024 * 1024;
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final AtomicReference<JvmReading> jvm = new AtomicReference<>(new JvmReading(100 * MIB, 5 * MIB,
            2 * MIB, 0.25, 10, 200));
    private Engine engine;
    private Sampler sampler;

    @BeforeEach
    void open() {
        engine = Engine.open(EngineConfig.inMemory());
        sampler = new Sampler(engine, jvm::get, clock::get);
    }

    @AfterEach
    void close() {
        sampler.close();
        engine.close();
    }

    @Test
    void readsTheEngineAndTheJvm() {
        Sample s = sampler.sample();
        assertThat(s.epochMillis()).isEqualTo(1_000_000);
        assertThat(s.value(Metric.TOKENS)).isZero();
        assertThat(s.value(Metric.HEAP)).isEqualTo(100 * MIB);
        assertThat(s.value(Metric.MAPPED)).isEqualTo(5 * MIB);
        assertThat(s.value(Metric.DIRECT)).isEqualTo(2 * MIB);
        assertThat(s.value(Metric.CPU)).isEqualTo(25);
        assertThat(s.value(Metric.CAPSULE_LOADS)).isZero();
        assertThat(s.value(Metric.CAPSULE_EVICTIONS)).isZero();
        assertThat(s.value(Metric.QUERY_P50)).isNaN();
    }

    @Test
    void countersBecomeRatesPerSecondAgainstThePreviousSample() {
        sampler.sample();
        for (long micros = 1000; micros <= 10_000; micros += 1000) {
            engine.queryLog().answered(micros);
        }
        jvm.set(new JvmReading(100 * MIB, 5 * MIB, 2 * MIB, 0.25, 12, 300)); // 100 ms of pauses: marked
        clock.addAndGet(2000);

        Sample s = sampler.sample();
        assertThat(s.value(Metric.QUERIES_PER_SECOND)).isEqualTo(5);
        assertThat(s.value(Metric.QUERY_P50)).isEqualTo(5);
        assertThat(s.value(Metric.QUERY_P95)).isEqualTo(10);
        assertThat(s.value(Metric.GC_PAUSE)).isEqualTo(50);
        assertThat(s.markers()).extracting(Marker::kind).containsExactly(Marker.Kind.GC);

        jvm.set(new JvmReading(100 * MIB, 5 * MIB, 2 * MIB, 0.25, 15, 340)); // three short collections: no marker
        clock.addAndGet(1000);
        assertThat(sampler.sample().markers()).isEmpty();
    }

    @Test
    void countsEventsAndMarksImportsAndCdnaChanges() {
        sampler.sample();
        engine.events().publish(new EngineEvent.TokensCreated(1, 500, 1));
        engine.events().publish(new EngineEvent.TokensCreated(501, 500, 1));
        engine.events().publish(new EngineEvent.CdnaUpdated("explorer", 42, 1));
        clock.addAndGet(1000);

        Sample s = sampler.sample();
        assertThat(s.value(Metric.EVENTS_PER_SECOND)).isEqualTo(3);
        assertThat(s.events()).hasSize(3);
        assertThat(s.markers()).extracting(Marker::kind, Marker::detail).containsExactly(
                tuple(Marker.Kind.IMPORT, "1000"),
                tuple(Marker.Kind.CDNA, "explorer"));
    }

    /** The Dashboard's capsule charts move when a sentence is embedded through the engine's register. */
    @Test
    void capsuleLoadsCountTheSentencesTheEngineEmbeds(@TempDir Path data) {
        try (Engine onDisk = Engine.open(EngineConfig.at(data));
                Sampler sampling = new Sampler(onDisk, jvm::get, clock::get)) {
            assertThat(sampling.sample().value(Metric.CAPSULE_LOADS)).isZero();
            onDisk.models().configure(new ModelSettings(1, Optional.of(SentenceModels.miniLmInt8())));

            try (SentenceEmbedder embedder = onDisk.models().openSentenceEmbedder(onDisk.models().settings(),
                    ConversionListener.NONE)) {
                embedder.embed("a cat sleeps on the warm windowsill");
                clock.addAndGet(1000);
                assertThat(sampling.sample().value(Metric.CAPSULE_LOADS)).isPositive();
            }
            clock.addAndGet(1000);
            Sample afterClose = sampling.sample();
            assertThat(afterClose.value(Metric.CAPSULE_LOADS)).as("kept after the runtime closed")
                    .isEqualTo(onDisk.models().stats().capsuleLoads()).isPositive();
            assertThat(afterClose.value(Metric.CAPSULE_EVICTIONS)).isZero();
        }
    }

    @Test
    void percentileIsNearestRank() {
        assertThat(Sampler.percentile(new long[] {5, 1, 3, 2, 4}, 0.5)).isEqualTo(3);
        assertThat(Sampler.percentile(new long[] {5, 1, 3, 2, 4}, 0.95)).isEqualTo(5);
        assertThat(Sampler.percentile(new long[0], 0.5)).isNaN();
    }
}
