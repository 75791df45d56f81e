package io.neurograph.engine;

import io.neurograph.engine.module.ModuleSetting;
import io.neurograph.engine.module.SettingType;
import java.math.BigDecimal;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * One setting of a configurable part: what it takes and how its value is read from the part's config record
 * {@code C}, in canonical text ({@link ModuleSetting}).
 */
record SettingSpec<C>(String key, SettingType type, String min, String max, boolean noneAllowed, String description,
                      Function<C, String> read) {

    static <C> SettingSpec<C> integer(String key, long min, long max, String description, ToLongFunction<C> read) {
        return new SettingSpec<>(key, SettingType.INTEGER, Long.toString(min), Long.toString(max), false, description,
                c -> Long.toString(read.applyAsLong(c)));
    }

    static <C> SettingSpec<C> decimal(String key, double min, double max, String description,
                                      ToDoubleFunction<C> read) {
        return new SettingSpec<>(key, SettingType.DECIMAL, text(min), text(max), false, description,
                c -> text(read.applyAsDouble(c)));
    }

    /** A limit that may be off ({@code none}). */
    static <C> SettingSpec<C> limit(String key, SettingType type, long min, long max, String description,
                                    Function<C, OptionalLong> read) {
        return new SettingSpec<>(key, type, Long.toString(min), Long.toString(max), true, description, c -> {
            OptionalLong v = read.apply(c);
            return v.isPresent() ? Long.toString(v.getAsLong()) : ModuleSetting.NONE;
        });
    }

    ModuleSetting setting(C current, C defaults) {
        return new ModuleSetting(key, type, read.apply(current), read.apply(defaults), min, max, noneAllowed,
                description);
    }

    private static String text(double v) {
        return ModuleSetting.canonical(BigDecimal.valueOf(v));
    }
}
