package io.neurograph.tiro.ui.chat;

import io.neurograph.tiro.ui.shell.Feature;
import io.neurograph.tiro.ui.shell.FeatureContext;
import javafx.scene.Node;

/** The Chat tab; reloads the saved conversations at start and releases the semantic space at the end. */
public final class ChatFeature implements Feature {
    private final ChatViewModel model;
    private final ChatView view;

    private ChatFeature(ChatViewModel model) {
        this.model = model;
        this.view = new ChatView(model);
    }

    public static ChatFeature create(FeatureContext context) {
        ChatViewModel model = ChatViewModel.create(context);
        model.load();
        return new ChatFeature(model);
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void shown() {
        view.focusQuestion();
    }

    @Override
    public void close() {
        view.close();
        model.close();
    }

    ChatViewModel model() {
        return model;
    }
}
