package io.neurograph.engine;

import io.neurograph.engine.connection.Connection;
import io.neurograph.engine.connection.ConnectionProposal;
import io.neurograph.engine.connection.ProposalException;
import io.neurograph.engine.experience.ExperienceEvent;
import io.neurograph.engine.guardian.ValidationError;
import io.neurograph.engine.intuition.ActionMetadata;
import io.neurograph.engine.intuition.ActionPolicy;
import io.neurograph.engine.intuition.CycleReport;
import io.neurograph.engine.intuition.EngineAccess;
import io.neurograph.engine.intuition.ExperienceView;
import io.neurograph.engine.intuition.FeedbackEvents;
import io.neurograph.engine.intuition.FeedbackResult;
import io.neurograph.engine.intuition.IntuitionConfig;
import io.neurograph.engine.intuition.IntuitionEngine;
import io.neurograph.engine.intuition.IntuitionStats;
import io.neurograph.engine.reflex.FastPathResult;
import io.neurograph.engine.store.ConnectionChange;
import io.neurograph.engine.store.ConnectionEntry;
import io.neurograph.engine.token.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The IntuitionEngine of one engine: experience, query feedback, the slow path and the fast path.
 * Thread-safe: every call runs as the engine's single writer, so it is serialised with all other
 * writes (the connection changes it makes go through {@link ConnectionService} and the Guardian).
 * Nothing runs in the background; {@link #runCycle()} runs the slow path when the caller wants it.
 */
public final class IntuitionService {
    private final EngineCore core;
    private final IntuitionEngine engine;

    IntuitionService(EngineCore core, ConnectionService connections, IntuitionConfig config) {
        this.core = core;
        this.engine = new IntuitionEngine(config, new Access(core, connections), core.repository, core.clock,
                new SplittableRandom());
    }

    /** Writes an experience event (appraised, committed) and returns it as stored, with its sequence number. */
    public ExperienceEvent record(ExperienceEvent event) {
        return core.write(() -> engine.record(event, null));
    }

    /** {@link #record(ExperienceEvent)} with metadata kept beside the event while it is in the stream. */
    public ExperienceEvent record(ExperienceEvent event, ActionMetadata metadata) {
        return core.write(() -> engine.record(event, metadata));
    }

    /**
     * A user's verdict on one result of a query: the connections that produced it learn (upstream
     * confidence/evidence rules), a feedback event is recorded ({@link FeedbackEvents}), and on a
     * positive verdict connections that earned it become reflexes.
     *
     * @param queryId       the query's id (stored as the event's episode)
     * @param resultTokenId the rated result
     * @param connectionIds the connections that reached the result, in path order; empty for a direct hit
     * @see IntuitionEngine#recordFeedback
     */
    public FeedbackResult recordFeedback(long queryId, long resultTokenId, long[] connectionIds, boolean positive) {
        return core.write(() -> engine.recordFeedback(queryId, resultTokenId, connectionIds.clone(), positive));
    }

    /** Runs one slow-path cycle now; a skipped report while the IntuitionEngine is disabled. */
    public CycleReport runCycle() {
        return core.write(engine::runCycle);
    }

    /** The reflex answer for a state, if the fast path has one; none while the IntuitionEngine is disabled. */
    public Optional<FastPathResult> tryFastPath(Token state) {
        return core.write(() -> engine.tryFastPath(state));
    }

    /** Whether the slow and fast paths work; switched through {@link Engine#moduleSwitches()}. Lock-free. */
    public boolean isEnabled() {
        return engine.isEnabled();
    }

    void setEnabled(boolean on) {
        core.write(() -> {
            engine.setEnabled(on);
            return null;
        });
    }

    /** The settings in force; the slow path's can change through {@link Engine#moduleSettings()}. Lock-free. */
    public IntuitionConfig config() {
        return engine.config();
    }

    void reconfigure(IntuitionConfig next) {
        core.write(() -> {
            engine.reconfigure(next);
            return null;
        });
    }

    public IntuitionStats stats() {
        return core.write(engine::stats);
    }

    /** The experience window, read-only (thread-safe on its own). */
    public ExperienceView experience() {
        return engine.experience();
    }

    /** The learned action policy of the state cell a token falls in (actions: {@link FeedbackEvents} codes). */
    public Optional<ActionPolicy> policyFor(Token token) {
        return core.write(() -> engine.policy(engine.bins().binOf(FeedbackEvents.stateOf(token))));
    }

    public Map<Long, ActionPolicy> policies() {
        return core.write(() -> Map.copyOf(engine.policies()));
    }

    /** The engine's stores and services as the IntuitionEngine sees them. */
    private record Access(EngineCore core, ConnectionService connections) implements EngineAccess {
        @Override
        public Optional<Token> token(long id) {
            return core.tokens.get(id);
        }

        @Override
        public Optional<Connection> connection(long id) {
            return core.connections.get(id).map(ConnectionEntry::connection);
        }

        @Override
        public List<ValidationError> validateReflex(Connection c) {
            return core.guardian.validateReflex(c);
        }

        @Override
        public long[] connectionsOf(long tokenId) {
            return core.connections.adjacent(tokenId);
        }

        @Override
        public void forEachConnection(Consumer<ConnectionEntry> action) {
            core.connections.forEach(action);
        }

        @Override
        public ConnectionEntry feedback(long connectionId, boolean success) {
            return connections.feedback(connectionId, success);
        }

        @Override
        public ConnectionChange applyProposal(ConnectionProposal proposal) throws ProposalException {
            return connections.applyProposal(proposal);
        }
    }
}
