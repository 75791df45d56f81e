package io.neurograph.engine;

import io.neurograph.engine.guardian.Guardian;
import io.neurograph.engine.guardian.GuardianConfig;
import io.neurograph.engine.intuition.IntuitionConfig;
import io.neurograph.engine.module.ModuleId;
import io.neurograph.engine.module.SettingType;
import io.neurograph.engine.store.TokenStore;
import java.util.List;

/**
 * The settings that can change while the engine runs: those its parts read afresh at each use. The IntuitionEngine
 * reads its slow-path settings at every cycle; the Guardian reads its quotas at every check. Settings that shape
 * stored state or long-lived parts (the experience window, the state cells, the CDNA history length) are fixed when
 * the engine opens, and the Guardian's validation and event switches are left to the CDNA's flags, which keep a
 * history and can be tried in quarantine.
 */
final class ConfigurableParts {
    private static final long MIB = 1L << 20;
    private static final long TIB = 1L << 40;

    private ConfigurableParts() {
    }

    static ConfigurablePart<IntuitionConfig> intuition(IntuitionService intuition, IntuitionConfig defaults) {
        return new ConfigurablePart<>(ModuleId.INTUITION_ENGINE, defaults, intuition::config, intuition::reconfigure,
                (c, v) -> new IntuitionConfig(c.streamCapacity(), v.integer("batch_size"), c.sampling(),
                        v.decimal("min_confidence"), v.integer("max_proposals_per_cycle"), c.stateBinsPerDim(),
                        v.integer("min_samples"), v.decimal("min_reward_delta"), v.integer("max_connection_feedback"),
                        c.appraisers(), c.evolution(), c.reflex()),
                List.of(SettingSpec.integer("batch_size", 1, 1_000_000,
                                "experience events sampled per slow-path cycle (at most the window is sampled)",
                                IntuitionConfig::batchSize),
                        SettingSpec.decimal("min_confidence", 0, 1,
                                "patterns less confident than this are not proposed", IntuitionConfig::minConfidence),
                        SettingSpec.integer("max_proposals_per_cycle", 0, 1_000,
                                "proposals sent to the evolution manager per cycle at most",
                                IntuitionConfig::maxProposalsPerCycle),
                        SettingSpec.integer("min_samples", 2, 1_000_000,
                                "events each of two actions needs in a state cell before they are compared",
                                IntuitionConfig::minSamples),
                        SettingSpec.decimal("min_reward_delta", 0, 10,
                                "smallest difference in mean reward worth a pattern (a thumbs up or down is ±1)",
                                IntuitionConfig::minRewardDelta),
                        SettingSpec.integer("max_connection_feedback", 0, 10_000,
                                "connections one accepted proposal may strengthen at most",
                                IntuitionConfig::maxConnectionFeedback)));
    }

    static ConfigurablePart<GuardianConfig> guardian(Guardian guardian, GuardianConfig defaults) {
        return new ConfigurablePart<>(ModuleId.GUARDIAN, defaults, guardian::config, guardian::reconfigure,
                (c, v) -> new GuardianConfig(c.enableValidation(), c.enableEvents(), c.maxEventQueue(),
                        c.maxHistorySize(), v.limit("max_tokens"), v.limit("max_memory_bytes"),
                        c.enableAggressiveCleanup(), v.decimal("memory_threshold")),
                List.of(SettingSpec.limit("max_tokens", SettingType.INTEGER, 0, TokenStore.MAX_ID,
                                "tokens the store may hold; creating more is refused (none: no quota)",
                                GuardianConfig::maxTokens),
                        SettingSpec.limit("max_memory_bytes", SettingType.BYTES, 16 * MIB, TIB,
                                "memory the engine may use; writes are refused beyond the threshold of it"
                                        + " (none: no quota)", GuardianConfig::maxMemoryBytes),
                        SettingSpec.decimal("memory_threshold", 0.05, 1,
                                "share of the memory quota at which writes are refused",
                                GuardianConfig::memoryThreshold)));
    }
}
