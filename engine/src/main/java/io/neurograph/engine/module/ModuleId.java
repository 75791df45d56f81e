package io.neurograph.engine.module;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The engine's parts as the module registry names them (upstream §13 catalogue, snake_case ids). Upstream's
 * {@code gateway} and {@code action_controller} have no counterpart here and are not listed; {@code graph},
 * {@code capsule_runtime} and {@code api_server} are ours. Only a part with no {@link #refusal()} can be disabled;
 * disabling makes it skip its work, it never stops the process. Only a part with no {@link #configRefusal()} has
 * settings that can change while the engine runs.
 */
public enum ModuleId {
    TOKEN_MANAGER("token_manager", "Token store",
            "a core part: it holds every token, and nothing else works without it", null,
            "it has nothing to set: the token quota is the Guardian's max_tokens"),
    CONNECTION_MANAGER("connection_manager", "Connections",
            "a core part: it holds every connection, which queries, the graph and learning read", null,
            "its rules and weight limits are part of the CDNA"),
    GRID("grid", "Spatial grid", "a core part: every token write updates it and every spatial query searches it",
            null, "its bucket sizes follow the CDNA's scales"),
    GRAPH("graph", "Graph", "a core part: every connection write updates it and every traversal reads it", null,
            "it mirrors the connections and has nothing to set"),
    GUARDIAN("guardian", "Guardian",
            "a core part and security-critical: it checks every write against the CDNA and the quotas", null, null),
    CDNA("cdna", "CDNA", "a core part: it is the constitution every write is checked against", null,
            "the CDNA is changed as a whole with tiro cdna or in the desktop app's CDNA tab, which validate it, keep"
                    + " its history and can try a change in quarantine"),
    INTUITION_ENGINE("intuition_engine", "IntuitionEngine", null, null, null),
    SIGNAL_SYSTEM("signal_system", "Event bus", null,
            "stops all event processing: subscribers (live logs, activity, change notices) receive nothing until it"
                    + " is enabled again", "it has nothing to set: each subscriber sizes its own queue"),
    BOOTSTRAP("bootstrap", "Bootstrap",
            "a job, not a service: it runs only while an import that someone started is running", null,
            "each import takes its options when it is started (tiro bootstrap, or the Bootstrap tab)"),
    CAPSULE_RUNTIME("capsule_runtime", "Capsule runtime",
            "runtimes are opened per model by whoever runs it and closed with it; there is no engine-wide one to"
                    + " switch", null,
            "threads and the default model are chosen per run (tiro run --threads) or in the desktop app's Settings"),
    API_SERVER("api_server", "API server", "not available yet: the local API server arrives with the REST API", null,
            "not available yet: the local API server arrives with the REST API");

    private final String key;
    private final String title;
    private final String refusal;
    private final String disableWarning;
    private final String configRefusal;

    ModuleId(String key, String title, String refusal, String disableWarning, String configRefusal) {
        this.key = key;
        this.title = title;
        this.refusal = refusal;
        this.disableWarning = disableWarning;
        this.configRefusal = configRefusal;
    }

    /** The id used by the CLI and the REST API, e.g. {@code intuition_engine}. */
    public String key() {
        return key;
    }

    /** The part's name in English, e.g. "IntuitionEngine". */
    public String title() {
        return title;
    }

    /** Whether the part exists in this build; one that does not ({@code api_server}) is off and cannot be enabled. */
    public boolean available() {
        return this != API_SERVER;
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

    /** Whether the part has settings that can change while the engine runs ({@code Engine.moduleSettings()}). */
    public boolean configurable() {
        return configRefusal == null;
    }

    /** Why the part has no settings to change while the engine runs (lower case); empty when it has. */
    public Optional<String> configRefusal() {
        return Optional.ofNullable(configRefusal);
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
