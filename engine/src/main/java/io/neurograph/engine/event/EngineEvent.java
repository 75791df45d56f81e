package io.neurograph.engine.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the engine announces on its {@link EventBus}. Payloads are plain values (ids, names,
 * messages) so that this package depends on nothing else in the engine and events serialise directly
 * to the WebSocket. Timestamps are Unix seconds from the publisher's clock.
 */
public sealed interface EngineEvent {
    long timestamp();

    record TokenCreated(long id, long timestamp) implements EngineEvent {
    }

    /** A batch of {@code count} tokens with consecutive ids starting at {@code firstId}. */
    record TokensCreated(long firstId, int count, long timestamp) implements EngineEvent {
    }

    record TokenUpdated(long id, long timestamp) implements EngineEvent {
    }

    /** {@code count} tokens got new coordinates in one space ({@code space} = "L1" … "L8"). */
    record TokensPlaced(String space, int count, long timestamp) implements EngineEvent {
    }

    record TokenDeleted(long id, long timestamp) implements EngineEvent {
    }

    record TokensCleared(long count, long timestamp) implements EngineEvent {
    }

    record ConnectionCreated(long id, long tokenA, long tokenB, long timestamp) implements EngineEvent {
    }

    /** A batch of {@code count} connections with consecutive ids starting at {@code firstId}. */
    record ConnectionsCreated(long firstId, int count, long timestamp) implements EngineEvent {
    }

    record ConnectionUpdated(long id, long timestamp) implements EngineEvent {
    }

    record ConnectionDeleted(long id, long timestamp) implements EngineEvent {
    }

    /** A new CDNA became current; {@code profile} is the profile key, e.g. "explorer". */
    record CdnaUpdated(String profile, long checksum, long timestamp) implements EngineEvent {
    }

    /** The current CDNA was replaced by an earlier one. */
    record CdnaRolledBack(String profile, long checksum, String reason, long timestamp) implements EngineEvent {
    }

    /**
     * Guardian refused a write; {@code errors} are human-readable messages naming the field. {@code id}
     * is the token id, or for a connection (which has no id before it is stored) the pair key
     * {@code token_a << 32 | token_b}.
     */
    record ValidationFailed(Subject subject, long id, List<String> errors, long timestamp) implements EngineEvent {
        public ValidationFailed {
            errors = List.copyOf(errors);
        }

        /** Packs a connection's two u32 token ids into the {@code id} of a CONNECTION event. */
        public static long pairKey(long tokenA, long tokenB) {
            return tokenA << 32 | (tokenB & 0xFFFF_FFFFL);
        }
    }

    record QuarantineStarted(String profile, long durationSeconds, long timestamp) implements EngineEvent {
    }

    /** A quarantine trial ended: accepted, or rolled back for {@code reason}. */
    record QuarantineEnded(boolean accepted, String reason, long timestamp) implements EngineEvent {
    }

    /**
     * An engine part was enabled or disabled; {@code module} is its id, e.g. "intuition_engine". The event bus
     * announces its own disabling before it goes quiet and its enabling once it delivers again.
     */
    record ModuleSwitched(String module, boolean enabled, long timestamp) implements EngineEvent {
    }

    /**
     * Settings of an engine part changed while the engine ran; {@code changed} holds the new values by setting key,
     * e.g. {@code min_confidence=0.8}, in the part's order.
     */
    record ModuleConfigured(String module, Map<String, String> changed, long timestamp) implements EngineEvent {
        public ModuleConfigured {
            changed = Collections.unmodifiableMap(new LinkedHashMap<>(changed));
        }
    }

    /** What a validation event is about. */
    enum Subject {
        TOKEN,
        CONNECTION
    }
}
