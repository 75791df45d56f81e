package io.neurograph.tiro.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.tiro.ui.testing.MainWindowRobotTest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures what the idle Dashboard costs: the real main window on the Dashboard tab, sampling every second,
 * for {@code tiro.idleCpu.seconds} (default 30) after {@code tiro.idleCpu.warmup} seconds (default 10); the whole
 * process's CPU time over wall time, then the same split by thread (on Linux), which shows how much of it is the
 * JIT compiling code the Dashboard has only just started to run. Slow, so it runs only when asked:
 * {@code mvn -o -pl engine,ui test -Dtest=DashboardIdleCpuTest -Dtiro.idleCpu=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "tiro.idleCpu", matches = "true")
class DashboardIdleCpuTest extends MainWindowRobotTest {
    private static final Path THREADS = Path.of("/proc/self/task");
    /** Linux counts thread CPU time in ticks of 10 ms. */
    private static final double TICKS_PER_SECOND = 100;

    @Test
    void idleDashboardCostsUnderFivePercentOfOneCore() throws Exception {
        String tab = System.getProperty("tiro.idleCpu.tab", "tab-dashboard");
        clickOn("#" + tab);
        Thread.sleep(Long.getLong("tiro.idleCpu.warmup", 10) * 1000);
        long seconds = Long.getLong("tiro.idleCpu.seconds", 30);
        Map<String, Long> ticks0 = threadTicks();
        long cpu0 = cpuNanos();
        long wall0 = System.nanoTime();
        Thread.sleep(seconds * 1000);
        double share = (double) (cpuNanos() - cpu0) / (System.nanoTime() - wall0);
        threadTicks().forEach((thread, ticks) -> {
            long spent = ticks - ticks0.getOrDefault(thread, 0L);
            if (spent > 0) {
                System.out.printf("IDLE-CPU   %-16s %5.2f %%%n", thread, spent / TICKS_PER_SECOND / seconds * 100);
            }
        });
        System.out.printf("IDLE-CPU %s: %.2f %% of one core over %d s (%d processors)%n", tab, share * 100, seconds,
                Runtime.getRuntime().availableProcessors());
        assertThat(share).isLessThan(0.05);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** User and system ticks per thread name (numbered pool threads summed), empty where /proc is missing. */
    private static Map<String, Long> threadTicks() throws IOException {
        Map<String, Long> ticks = new TreeMap<>();
        if (!Files.isDirectory(THREADS)) {
            return ticks;
        }
        try (Stream<Path> threads = Files.list(THREADS)) {
            for (Path thread : threads.toList()) {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // fields 14 and 15 of proc(5), utime and stime, counted from the state field (3)
                    ticks.merge(name.replaceAll("[0-9]+$", "#"), Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                            Long::sum);
                } catch (IOException ended) {
                    // the thread ended between the listing and the read: it no longer counts
                }
            }
        }
        return ticks;
    }
}
