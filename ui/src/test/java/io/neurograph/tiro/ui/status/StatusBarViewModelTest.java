package io.neurograph.tiro.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.tiro.ui.concurrent.CurrentThreadTaskExecutor;
import io.neurograph.tiro.ui.support.Messages;
import java.util.Locale;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {
    private static final long MIB = 1024 * 1024;
    private static final EngineStatusSource SOURCE = () -> new StatusSnapshot("RUNNING", 12_345, 1_000_000, 300 * MIB, 4096 * MIB, 0);

    @Test
    void formatsNumbersTheRussianWay() {
        var model = new StatusBarViewModel(SOURCE, new CurrentThreadTaskExecutor(), new Messages(Locale.of("ru")),
                new SimpleIntegerProperty(2));
        model.refresh();
        // CLDR groups Russian digits with a no-break space
        assertThat(model.tokensProperty().get()).isEqualTo("Токены: 12\u00a0345");
        assertThat(model.connectionsProperty().get()).isEqualTo("Связи: 1\u00a0000\u00a0000");
        assertThat(model.heapProperty().get()).isEqualTo("Куча: 300 / 4\u00a0096 МиБ");
        assertThat(model.stateProperty().get()).isEqualTo("Движок: RUNNING");
        assertThat(model.jobsProperty().get()).isEqualTo("Задачи: 2");
        assertThat(model.apiProperty().get()).isEqualTo("API-сервер: выключен");
    }

    @Test
    void reportsAFailingSourceAsUnavailable() {
        EngineStatusSource broken = () -> {
            throw new IllegalStateException("engine closed");
        };
        var model = new StatusBarViewModel(broken, new CurrentThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                new SimpleIntegerProperty(0));
        model.refresh();
        assertThat(model.stateProperty().get()).isEqualTo("Engine: unavailable");
        assertThat(model.tokensProperty().get()).isEqualTo("Tokens: 0");
    }
}
