package io.neurograph.tiro.ui.shell;

import io.neurograph.tiro.ui.UiContext;
import io.neurograph.tiro.ui.concurrent.TaskExecutor;
import io.neurograph.tiro.ui.status.StatusBarView;
import io.neurograph.tiro.ui.status.StatusBarViewModel;
import io.neurograph.tiro.ui.support.CommandJournal;
import io.neurograph.tiro.ui.support.Messages;
import io.neurograph.tiro.ui.support.Resources;
import io.neurograph.tiro.ui.support.RunningJobs;
import io.neurograph.tiro.ui.support.StyleClasses;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Subscription;

/** Assembles the main window on a stage and owns what lives exactly as long as it does. */
public final class MainWindow {
    private final UiContext context;
    private final TaskExecutor executor;
    private final Messages messages;
    private final MainWindowViewModel model;

    /** @param executor closed when the window is hidden */
    public MainWindow(UiContext context, TaskExecutor executor, Messages messages, UiStateStore store) {
        this.context = context;
        this.executor = executor;
        this.messages = messages;
        this.model = new MainWindowViewModel(store, context.themeOverride());
    }

    public void show(Stage stage) {
        Subscription theme = ThemeApplier.follow(model.themeProperty());
        RunningJobs jobs = new RunningJobs();
        StatusBarView statusBar = new StatusBarView(new StatusBarViewModel(context.statusSource(), executor, messages,
                jobs.runningProperty()));
        FeatureContext features = new FeatureContext(context.engine(), executor, messages,
                new ControlsFxNotifier(stage), new CommandJournal(), context.console(), new Navigator(model::selectTab),
                jobs, model.themeProperty(), context.stateFile());
        FeatureTabs built = new FeatureTabs(features, FeatureViews::create);
        built.startRecorders();
        Scene scene = new Scene(new MainWindowView(model, built, statusBar, messages, new MainWindowView.WindowActions() {
            @Override
            public void quit() {
                stage.close();
            }

            @Override
            public void about() {
                AboutDialog.show(stage, messages);
            }
        }));
        scene.getStylesheets().add(Resources.stylesheet(StyleClasses.STYLESHEET));
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        WindowPlacement.restore(stage, model.initialState());
        // hiding covers Quit, the close button and test clean-up alike
        stage.setOnHidden(e -> {
            theme.unsubscribe();
            statusBar.stop();
            built.closeAll();
            executor.close();
            model.windowClosed(WindowPlacement.normalBounds(stage, model.initialState()), stage.isMaximized());
        });
        stage.show();
        statusBar.start();
        offerDefaultVocabulary(stage, features);
    }

    /** Asked after the window is up (never blocks start-up); the dialog waits for the answer in a nested loop. */
    private void offerDefaultVocabulary(Stage stage, FeatureContext features) {
        FirstStartOffer offer = new FirstStartOffer(context.engine(), executor, context.stateFile());
        offer.ifDue(() -> {
            offer.made(e -> features.notifier().error(messages.get("firstStart.title"), e));
            if (FirstStartDialog.ask(stage, messages)) {
                features.navigator().bootstrapDefault();
            }
        });
    }
}
