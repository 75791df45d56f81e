package io.neurograph.tiro.ui.dashboard;

/**
 * The JVM's own numbers at one moment.
 *
 * @param cpuLoad        recent CPU use of this process, 0 … 1 of the whole machine; negative when unknown
 * @param gcCount        collections since the JVM started, all collectors
 * @param gcMillis       accumulated collection time since the JVM started, all collectors
 */
public record JvmReading(long heapUsedBytes, long mappedBytes, long directBytes, double cpuLoad, long gcCount,
                         long gcMillis) {
}
