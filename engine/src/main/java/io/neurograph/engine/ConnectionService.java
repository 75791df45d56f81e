package io.neurograph.engine;

import io.neurograph.engine.connection.ConnectionProposal;
import io.neurograph.engine.connection.ProposalException;
import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.guardian.GuardianRejectedException;
import io.neurograph.engine.store.ConnectionChange;
import io.neurograph.engine.store.ConnectionEntry;
import io.neurograph.engine.store.ConnectionNotFoundException;
import io.neurograph.engine.store.ConnectionOptions;
import io.neurograph.engine.store.ConnectionRequest;
import io.neurograph.engine.store.ConnectionUpdate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Connection operations for the CLI, UI and REST layers. Every change is planned by the store,
 * checked by the Guardian (new and changed states), committed durably, applied in memory, mirrored
 * in the graph (edge id = connection id, weight = confidence / 255), announced and counted.
 */
public final class ConnectionService {
    private final EngineCore core;

    ConnectionService(EngineCore core) {
        this.core = core;
    }

    /** Connects two existing tokens; the type's category sets the mutability. */
    public ConnectionEntry create(long tokenA, long tokenB, int typeCode, ConnectionOptions options) {
        return core.write(() -> {
            ConnectionChange.Insert insert = core.connections.planCreate(tokenA, tokenB, typeCode, options);
            commit(List.of(insert), false);
            return new ConnectionEntry(insert.id(), insert.connection().copy());
        });
    }

    /**
     * Creates many connections in one transaction, all or none: each request is validated and
     * checked by the Guardian; a request whose canonical pair already has a connection of its type
     * (stored, or earlier in the list) is skipped and counted. One {@link
     * EngineEvent.ConnectionsCreated} announces the batch.
     */
    public CreatedConnections createAll(List<ConnectionRequest> requests) {
        return core.write(() -> {
            List<ConnectionChange.Insert> inserts = core.connections.planCreateAll(requests);
            commit(inserts, true);
            return new CreatedConnections(inserts.stream().mapToLong(ConnectionChange::id).toArray(),
                    requests.size() - inserts.size());
        });
    }

    public Optional<ConnectionEntry> get(long id) {
        return core.connections.get(id);
    }

    /** @throws ConnectionNotFoundException when there is no such connection */
    public ConnectionEntry require(long id) {
        return core.connections.require(id);
    }

    /** Up to {@code limit} connections with their ids, ascending, after skipping {@code offset}. */
    public List<ConnectionEntry> list(int limit, long offset) {
        return core.connections.list(limit, offset);
    }

    public long count() {
        return core.connections.count();
    }

    /** Ids of the connections touching a token. */
    public long[] of(long tokenId) {
        return core.connections.adjacent(tokenId);
    }

    /** The connections joining two tokens, whichever way round they were made. */
    public List<ConnectionEntry> between(long tokenA, long tokenB) {
        return Arrays.stream(core.connections.between(tokenA, tokenB)).mapToObj(core.connections::require).toList();
    }

    public ConnectionEntry update(long id, ConnectionUpdate update) {
        return replace(() -> core.connections.planUpdate(id, update));
    }

    /** Records a use of the connection. */
    public ConnectionEntry activate(long id) {
        return replace(() -> core.connections.planActivate(id));
    }

    /** Learning feedback: success raises confidence by the learning rate, failure lowers it by half that. */
    public ConnectionEntry feedback(long id, boolean success) {
        return replace(() -> core.connections.planFeedback(id, success));
    }

    public ConnectionEntry delete(long id) {
        return core.write(() -> {
            ConnectionChange.Remove remove = core.connections.planDelete(id);
            commit(List.of(remove), false);
            return new ConnectionEntry(id, remove.previous());
        });
    }

    /**
     * Deletes, in one transaction, the connections with ids in [{@code first}, {@code last}] that still exist and
     * are of type {@code typeCode} (others in the range were deleted or are not what the caller made); returns
     * how many were deleted.
     */
    public int deleteRange(long first, long last, int typeCode) {
        return core.write(() -> {
            List<ConnectionChange.Remove> removes = new ArrayList<>();
            for (long id = first; id <= last; id++) {
                Optional<ConnectionEntry> entry = core.connections.get(id);
                if (entry.isPresent() && entry.get().connection().type() == typeCode) {
                    removes.add(core.connections.planDelete(id));
                }
            }
            commit(removes, false);
            return removes.size();
        });
    }

    /** Decays idle hypotheses; returns the ids of those deleted for falling below the threshold. */
    public long[] applyDecay() {
        return core.write(() -> {
            List<ConnectionChange> changes = core.connections.planDecay();
            commit(changes, false);
            return changes.stream().filter(c -> c instanceof ConnectionChange.Remove).mapToLong(ConnectionChange::id)
                    .toArray();
        });
    }

    /**
     * Applies a learning proposal under the upstream rules and the Guardian; returns the change made.
     * A state the CDNA in force does not allow is refused as {@link ProposalException.Reason#GUARDIAN_REJECTED}
     * naming the rule. Note that the default CDNA allows pull strengths 0..1 only, so a Create with
     * upstream's pattern strength 1 + 2·confidence is refused until max_connection_weight is raised.
     */
    public ConnectionChange applyProposal(ConnectionProposal proposal) throws ProposalException {
        return core.write(() -> {
            ConnectionChange change = core.connections.planProposal(proposal);
            try {
                commit(List.of(change), false);
            } catch (GuardianRejectedException e) {
                throw new ProposalException(ProposalException.Reason.GUARDIAN_REJECTED, e.getMessage()
                        + "; change the proposal or the CDNA rule it breaks");
            }
            return change;
        });
    }

    private ConnectionEntry replace(Supplier<ConnectionChange.Replace> plan) {
        return core.write(() -> {
            ConnectionChange.Replace replace = plan.get();
            commit(List.of(replace), false);
            return new ConnectionEntry(replace.id(), replace.connection().copy());
        });
    }

    /**
     * Guardian → durable commit → memory → graph → events → metrics, for planned changes. With
     * {@code batchEvent} the inserts (consecutive ids) are announced by one event instead of one each.
     */
    private void commit(List<? extends ConnectionChange> changes, boolean batchEvent) {
        int inserts = 0;
        for (ConnectionChange change : changes) {
            switch (change) {
                case ConnectionChange.Insert i -> {
                    core.guardian.requireValidConnection(i.connection());
                    inserts++;
                }
                case ConnectionChange.Replace r -> core.guardian.requireValidConnection(r.connection());
                case ConnectionChange.Remove d -> { }
            }
        }
        if (inserts > 0) {
            core.guardian.checkConnectionQuota();
        }
        long start = System.nanoTime();
        core.repository.applyConnectionChanges(changes);
        core.connections.applyAll(changes);
        long now = core.now();
        int removed = 0;
        for (ConnectionChange change : changes) {
            switch (change) {
                case ConnectionChange.Insert i -> {
                    core.addEdge(i.id(), i.connection());
                    if (!batchEvent) {
                        core.events.publish(new EngineEvent.ConnectionCreated(i.id(), i.connection().tokenA(),
                                i.connection().tokenB(), now));
                    }
                }
                case ConnectionChange.Replace r -> {
                    core.graph.removeEdge(r.id());
                    core.addEdge(r.id(), r.connection());
                    core.events.publish(new EngineEvent.ConnectionUpdated(r.id(), now));
                }
                case ConnectionChange.Remove d -> {
                    core.graph.removeEdge(d.id());
                    core.events.publish(new EngineEvent.ConnectionDeleted(d.id(), now));
                    removed++;
                }
            }
        }
        if (batchEvent && inserts > 0) {
            core.events.publish(new EngineEvent.ConnectionsCreated(changes.getFirst().id(), inserts, now));
        }
        if (inserts > 0) {
            core.guardian.recordConnectionsCreated(inserts, System.nanoTime() - start);
        }
        if (removed > 0) {
            core.guardian.recordConnectionsDeleted(removed);
        }
    }
}
