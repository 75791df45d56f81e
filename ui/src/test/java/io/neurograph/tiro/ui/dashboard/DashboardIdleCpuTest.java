package io.neurograph.tiro.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.tiro.ui.testing.MainWindowRobotTest;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures what the idle Dashboard costs: the real main window on the Dashboard tab, sampling every second,
 * for {@code tiro.idleCpu.seconds} (default 30) after a warm-up; the whole process's CPU time over wall time.
 * Slow, so it runs only when asked:
 * {@code mvn -o -pl engine,ui test -Dtest=DashboardIdleCpuTest -Dtiro.idleCpu=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "tiro.idleCpu", matches = "true")
class DashboardIdleCpuTest extends MainWindowRobotTest {
    private static final Duration WARM_UP = Duration.ofSeconds(10);

    @Test
    void idleDashboardCostsUnderFivePercentOfOneCore() throws Exception {
        clickOn("#" + System.getProperty("tiro.idleCpu.tab", "tab-dashboard"));
        Thread.sleep(WARM_UP.toMillis());
        long seconds = Long.getLong("tiro.idleCpu.seconds", 30);
        long cpu0 = cpuNanos();
        long wall0 = System.nanoTime();
        Thread.sleep(seconds * 1000);
        double share = (double) (cpuNanos() - cpu0) / (System.nanoTime() - wall0);
        System.out.printf("IDLE-CPU %s: %.2f %% of one core over %d s (%d processors)%n",
                System.getProperty("tiro.idleCpu.tab", "tab-dashboard"), share * 100, seconds,
                Runtime.getRuntime().availableProcessors());
        assertThat(share).isLessThan(0.05);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
