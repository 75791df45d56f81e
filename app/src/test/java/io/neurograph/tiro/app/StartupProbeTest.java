package io.neurograph.tiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class StartupProbeTest {
    @Test
    void measuresFromTheProcessStartWhichIsJustBeforeTheJvmStart() {
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long sinceProcessStart = StartupProbe.millisSinceProcessStart();
        // the launcher runs briefly before the JVM is created; both clocks tick in 10 ms steps at best
        assertThat(sinceProcessStart).isBetween(jvmUptime - 20, jvmUptime + 1000);
    }
}
