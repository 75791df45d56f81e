package io.neurograph.engine.intuition;

import io.neurograph.engine.experience.ExperienceEvent;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Reading an {@link ExperienceStream}. Sequence numbers are 0-based write positions; event {@code seq}
 * is readable iff {@code oldest() ≤ seq < totalWritten()}, where {@code oldest()} is
 * {@code totalWritten() − capacity()} once the ring has wrapped. Every event read carries its
 * sequence number (low 32 bits) in {@code sequence_number}.
 */
public interface ExperienceView {

    int capacity();

    /** Events written since the stream began (never wraps; restored across restarts). */
    long totalWritten();

    /** Events readable now. */
    long size();

    /** The oldest readable sequence number ({@code totalWritten()} when empty). */
    long oldest();

    /** @throws ExperienceUnavailableException when {@code seq} was overwritten or not written yet */
    ExperienceEvent get(long seq);

    /** The metadata written with event {@code seq}, if any. */
    Optional<ActionMetadata> metadata(long seq);

    /** The metadata of the event with this event_id, while that event is in the stream. */
    Optional<ActionMetadata> metadata(long eventIdHigh, long eventIdLow);

    /** Events {@code start ≤ seq < end}, oldest first; both ends must lie in the readable window. */
    List<ExperienceEvent> queryRange(long start, long end);

    /** Up to {@code n} distinct events drawn by {@code strategy} with {@code rng}, in draw order. */
    List<ExperienceEvent> sampleBatch(int n, SamplingStrategy strategy, RandomGenerator rng);
}
