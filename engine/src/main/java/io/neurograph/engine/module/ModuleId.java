package io.neurograph.engine.module;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The engine's parts as the module registry names them (upstream §13 catalogue, snake_case ids). Upstream's
 * {@code gateway} and {@code action_controller} have no counterpart here and are not listed; {@code graph},
 * {@code capsule_runtime} and {@code api_server} are ours. Only a part with no {@link #refusal()} can be disabled;
 * disabling makes it skip its work, it never stops the process.
 */
public enum ModuleId {
    TOKEN_MANAGER("token_manager", "Token store",
            "a core part: it holds every token, and nothing else works without it", null),
    CONNECTION_MANAGER("connection_manager", "Connections",
            "a core part: it holds every connection, which queries, the graph and learning read", null),
    GRID("grid", "Spatial grid", "a core part: every token write updates it and every spatial query searches it",
            null),
    GRAPH("graph", "Graph", "a core part: every connection write updates it and every traversal reads it", null),
    GUARDIAN("guardian", "Guardian",
            "a core part and security-critical: it checks every write against the CDNA and the quotas", null),
    CDNA("cdna", "CDNA", "a core part: it is the constitution every write is checked against", null),
    INTUITION_ENGINE("intuition_engine", "IntuitionEngine", null, null),
    SIGNAL_SYSTEM("signal_system", "Event bus", null,
            "stops all event processing: subscribers (live logs, activity, change notices) receive nothing until it"
                    + " is enabled again"),
    BOOTSTRAP("bootstrap", "Bootstrap",
            "a job, not a service: it runs only while an import that someone started is running", null),
    CAPSULE_RUNTIME("capsule_runtime", "Capsule runtime",
            "runtimes are opened per model by whoever runs it and closed with it; there is no engine-wide one to"
                    + " switch", null),
    API_SERVER("api_server", "API server", "not available yet: the local API server arrives with the REST API", null);

    private final String key;
    private final String title;
    private final String refusal;
    private final String disableWarning;

    ModuleId(String key, String title, String refusal, String disableWarning) {
        this.key = key;
        this.title = title;
        this.refusal = refusal;
        this.disableWarning = disableWarning;
    }

    /** The id used by the CLI and the REST API, e.g. {@code intuition_engine}. */
    public String key() {
        return key;
    }

    /** The part's name in English, e.g. "IntuitionEngine". */
    public String title() {
        return title;
    }

    public boolean canDisable() {
        return refusal == null;
    }

    /** Why the part cannot be disabled (a sentence fragment in lower case); empty when it can. */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** What disabling costs, for a confirmation; empty when nothing beyond the part's own work stops. */
    public Optional<String> disableWarning() {
        return Optional.ofNullable(disableWarning);
    }

    /**
     * The part with this id, ignoring case; also accepts the id without underscores ({@code intuitionengine}), as
     * upstream's module list spells it.
     *
     * @throws UnknownModuleException naming the known ids
     */
    public static ModuleId parse(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (ModuleId m : values()) {
            if (m.key.equals(wanted) || m.key.replace("_", "").equals(wanted)) {
                return m;
            }
        }
        throw new UnknownModuleException(id, Arrays.stream(values()).map(ModuleId::key)
                .collect(Collectors.joining(", ")));
    }
}
