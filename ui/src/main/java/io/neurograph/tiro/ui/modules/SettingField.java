package io.neurograph.tiro.ui.modules;

import io.neurograph.engine.module.ModuleId;
import io.neurograph.engine.module.ModuleSetting;
import io.neurograph.tiro.ui.support.Messages;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One setting in the Modules tab's form: the value the engine has, the text being edited, and what is wrong with the
 * text, checked by the engine's own rule ({@link ModuleSetting#parse}) as the user types.
 */
public final class SettingField {
    private final Messages messages;
    private final String name;
    private final String about;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper atDefault = new ReadOnlyBooleanWrapper();
    private ModuleSetting setting;

    SettingField(ModuleId module, ModuleSetting setting, Messages messages) {
        this.messages = messages;
        this.setting = setting;
        SettingTexts texts = SettingTexts.of(module, setting.key());
        this.name = texts == null ? setting.key() : messages.get(texts.nameKey());
        this.about = texts == null ? setting.description() : messages.get(texts.aboutKey());
        text.addListener(o -> check());
        showEngineValue();
    }

    public String key() {
        return setting.key();
    }

    public String name() {
        return name;
    }

    public String about() {
        return about;
    }

    /** What the setting takes, localised. */
    public String range() {
        return SettingTexts.range(setting, messages);
    }

    /** "Default: 0.7". */
    public String defaultText() {
        return messages.format("modules.settings.default", SettingTexts.shown(setting, setting.defaultValue()));
    }

    public StringProperty textProperty() {
        return text;
    }

    /** What is wrong with the text, naming the setting; null when the engine would take it. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The text differs from the engine's value (an unreadable text counts as a difference). */
    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    /** The text stands for the default value. */
    public ReadOnlyBooleanProperty atDefaultProperty() {
        return atDefault.getReadOnlyProperty();
    }

    public void resetToDefault() {
        text.set(SettingTexts.shown(setting, setting.defaultValue()));
    }

    /** Back to the engine's value. */
    public void revert() {
        showEngineValue();
    }

    /** The value to send, in canonical form; empty when the text is not one. */
    Optional<String> value() {
        try {
            return Optional.of(setting.parse(text.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The value as the echo writes it. */
    String shown(String canonical) {
        return SettingTexts.shown(setting, canonical);
    }

    /** The engine's value changed (or was read again): an untouched field follows it, an edit stays. */
    void follow(ModuleSetting fresh) {
        boolean untouched = !edited.get();
        setting = fresh;
        if (untouched) {
            showEngineValue();
        }
        check();
    }

    /** The engine took new values: the field shows what is now in force. */
    void applied(ModuleSetting fresh) {
        setting = fresh;
        showEngineValue();
    }

    private void showEngineValue() {
        text.set(SettingTexts.shown(setting, setting.value()));
        check();
    }

    private void check() {
        Optional<String> value = value();
        problem.set(value.isPresent() ? null : messages.format("modules.settings.problem", name, setting.key(),
                range()));
        edited.set(value.map(v -> !v.equals(setting.value())).orElse(true));
        atDefault.set(value.map(v -> v.equals(setting.defaultValue())).orElse(false));
    }
}
