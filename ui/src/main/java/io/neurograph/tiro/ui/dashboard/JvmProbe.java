package io.neurograph.tiro.ui.dashboard;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

/** Reads heap, buffer pools, process CPU and collections; replaced by a fixed reading in tests. */
@FunctionalInterface
public interface JvmProbe {

    JvmReading read();

    /** The platform MXBeans; each read costs a few microseconds. */
    static JvmProbe platform() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<BufferPoolMXBean> pools = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class);
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        return () -> {
            long count = 0;
            long millis = 0;
            for (GarbageCollectorMXBean gc : collectors) {
                count += Math.max(0, gc.getCollectionCount());
                millis += Math.max(0, gc.getCollectionTime());
            }
            return new JvmReading(memory.getHeapMemoryUsage().getUsed(), pool(pools, "mapped"), pool(pools, "direct"),
                    os == null ? -1 : os.getProcessCpuLoad(), count, millis);
        };
    }

    private static long pool(List<BufferPoolMXBean> pools, String name) {
        for (BufferPoolMXBean pool : pools) {
            if (pool.getName().equals(name)) {
                return pool.getMemoryUsed();
            }
        }
        return 0;
    }
}
