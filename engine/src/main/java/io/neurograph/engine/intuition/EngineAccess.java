package io.neurograph.engine.intuition;

import io.neurograph.engine.connection.ConnectionProposal;
import io.neurograph.engine.connection.ProposalException;
import io.neurograph.engine.reflex.ReflexLayer;
import io.neurograph.engine.store.ConnectionChange;
import io.neurograph.engine.store.ConnectionEntry;
import java.util.function.Consumer;

/** What the {@link IntuitionEngine} reads and changes in the engine; the engine's services implement it. */
public interface EngineAccess extends ReflexLayer.Lookups {

    /** Ids of the connections touching a token (empty for an unknown token). */
    long[] connectionsOf(long tokenId);

    void forEachConnection(Consumer<ConnectionEntry> action);

    /** Learning feedback on one connection, committed; returns it updated. */
    ConnectionEntry feedback(long connectionId, boolean success);

    /** Applies a proposal under the connection rules and the Guardian, committed. */
    ConnectionChange applyProposal(ConnectionProposal proposal) throws ProposalException;
}
