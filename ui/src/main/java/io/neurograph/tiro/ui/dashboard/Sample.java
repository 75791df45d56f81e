package io.neurograph.tiro.ui.dashboard;

import io.neurograph.engine.event.EngineEvent;
import java.util.List;

/**
 * One second of the engine and the JVM.
 *
 * @param epochMillis when it was taken
 * @param values      one value per {@link Metric}, by ordinal
 * @param markers     imports, CDNA changes and collections seen since the previous sample
 * @param events      the engine events seen since the previous sample (at most a few hundred, newest last)
 */
public record Sample(long epochMillis, double[] values, List<Marker> markers, List<EngineEvent> events) {
    public Sample {
        markers = List.copyOf(markers);
        events = List.copyOf(events);
    }

    public double value(Metric metric) {
        return values[metric.ordinal()];
    }
}
