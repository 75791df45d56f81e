package io.neurograph.tiro.ui.modules;

import io.neurograph.engine.module.ModuleId;
import io.neurograph.engine.module.ModuleSetting;
import io.neurograph.engine.module.SettingType;
import io.neurograph.tiro.ui.support.Messages;

/**
 * How the Modules tab names and explains a setting the engine lets change while it runs, and how it writes values:
 * byte counts in the shortest exact binary unit ({@code 1g}, {@code 6040m}), which the engine reads back as typed.
 */
record SettingTexts(String nameKey, String aboutKey) {
    private static final String[] SUFFIXES = {"t", "g", "m", "k"};
    private static final int[] SHIFTS = {40, 30, 20, 10};

    /** The bundle keys of a setting; null for one this build has no texts for (its key and the engine's line then). */
    static SettingTexts of(ModuleId module, String key) {
        return switch (module.key() + "." + key) {
            case "intuition_engine.batch_size" ->
                    new SettingTexts("modules.setting.batchSize", "modules.setting.batchSize.about");
            case "intuition_engine.min_confidence" ->
                    new SettingTexts("modules.setting.minConfidence", "modules.setting.minConfidence.about");
            case "intuition_engine.max_proposals_per_cycle" ->
                    new SettingTexts("modules.setting.maxProposals", "modules.setting.maxProposals.about");
            case "intuition_engine.min_samples" ->
                    new SettingTexts("modules.setting.minSamples", "modules.setting.minSamples.about");
            case "intuition_engine.min_reward_delta" ->
                    new SettingTexts("modules.setting.minRewardDelta", "modules.setting.minRewardDelta.about");
            case "intuition_engine.max_connection_feedback" -> new SettingTexts("modules.setting.maxConnectionFeedback",
                    "modules.setting.maxConnectionFeedback.about");
            case "guardian.max_tokens" -> new SettingTexts("modules.setting.maxTokens", "modules.setting.maxTokens.about");
            case "guardian.max_memory_bytes" ->
                    new SettingTexts("modules.setting.maxMemory", "modules.setting.maxMemory.about");
            case "guardian.memory_threshold" ->
                    new SettingTexts("modules.setting.memoryThreshold", "modules.setting.memoryThreshold.about");
            default -> null;
        };
    }

    /** What the setting takes, e.g. "a number from 0 to 1" or "a size from 16m to 1t (…), or none". */
    static String range(ModuleSetting s, Messages m) {
        String phrase = m.format(switch (s.type()) {
            case INTEGER -> "modules.settings.range.integer";
            case DECIMAL -> "modules.settings.range.decimal";
            case BYTES -> "modules.settings.range.bytes";
        }, shown(s, s.min()), shown(s, s.max()));
        return s.noneAllowed() ? m.format("modules.settings.range.orNone", phrase) : phrase;
    }

    /** A canonical value as the form shows it and the echo writes it. */
    static String shown(ModuleSetting s, String canonical) {
        if (s.type() != SettingType.BYTES || canonical.equals(ModuleSetting.NONE)) {
            return canonical;
        }
        long bytes = Long.parseLong(canonical);
        for (int i = 0; i < SHIFTS.length; i++) {
            long unit = 1L << SHIFTS[i];
            if (bytes != 0 && bytes % unit == 0) {
                return bytes / unit + SUFFIXES[i];
            }
        }
        return canonical;
    }
}
