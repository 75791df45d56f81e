package io.neurograph.tiro.ui.chat;

import io.neurograph.engine.query.QueryFeedback;
import io.neurograph.engine.query.SemanticQuery;
import io.neurograph.tiro.ui.shell.AppTab;
import io.neurograph.tiro.ui.shell.FeatureContext;
import io.neurograph.tiro.ui.support.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Chat tab: questions go to the semantic space (opened lazily, off the FX thread, on the first question),
 * answers are kept in conversations saved to the data folder after every change, and each result can be rated
 * (feedback to the engine), explained and shown in the graph.
 */
public final class ChatViewModel {
    /** Where the semantic space is. */
    public enum SpaceState { NOT_LOADED, LOADING, READY, NOTHING_BOOTSTRAPPED }

    private final FeatureContext context;
    private final Messages messages;
    private final SemanticSession session;
    private final ConversationStore store;
    private final Clock clock;
    private final AtomicLong version = new AtomicLong();
    private final ObservableList<Conversation> conversations = FXCollections.observableArrayList();
    private final ObjectProperty<Conversation> selected = new SimpleObjectProperty<>();
    private final StringProperty question = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<SpaceState> state = new ReadOnlyObjectWrapper<>(SpaceState.NOT_LOADED);
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper();

    /** @param store null when the engine has no data folder: conversations then live for the session only */
    ChatViewModel(FeatureContext context, SemanticSession session, ConversationStore store, Clock clock) {
        this.context = context;
        this.messages = context.messages();
        this.session = session;
        this.store = store;
        this.clock = clock;
        // an empty conversation is only a place to type the first question: left, it goes from the list
        selected.addListener((o, was, now) -> {
            if (was != null && was.turns().isEmpty() && now != was) {
                conversations.remove(was);
            }
        });
    }

    public static ChatViewModel create(FeatureContext context) {
        var dataDir = context.engine().config().dataDir();
        return new ChatViewModel(context, new SemanticSession(context.engine()),
                dataDir == null ? null : new ConversationStore(dataDir), Clock.systemUTC());
    }

    /** Reloads the saved conversations and says whether anything is bootstrapped yet. */
    public void load() {
        context.executor().execute(() -> {
            List<Conversation> saved = store == null ? List.of() : store.load();
            return new Loaded(saved, session.bootstrapped());
        }, loaded -> {
            conversations.setAll(loaded.conversations());
            if (!loaded.bootstrapped()) {
                state.set(SpaceState.NOTHING_BOOTSTRAPPED);
            }
            selected.set(conversations.isEmpty() ? null : conversations.getFirst());
        }, failure -> context.notifier().error(messages.get("chat.error.load"), failure));
    }

    private record Loaded(List<Conversation> conversations, boolean bootstrapped) {
    }

    /** Asks the question in the selected conversation (a new one if none is selected). */
    public void ask() {
        String text = question.get().strip();
        if (text.isEmpty() || asking.get()) {
            return;
        }
        asking.set(true);
        if (state.get() != SpaceState.READY) {
            state.set(SpaceState.LOADING);
        }
        String command = queryCommand(text, context.engine().models().settings().sentenceModel());
        context.executor().execute(() -> session.open() ? session.ask(text, SemanticQuery.DEFAULT_K) : null, turn -> {
            asking.set(false);
            if (turn == null) {
                state.set(SpaceState.NOTHING_BOOTSTRAPPED);
                return;
            }
            state.set(SpaceState.READY);
            question.set("");
            Conversation current = selected.get() != null ? selected.get() : newConversation();
            replace(current, current.with(turn));
            context.journal().echo(command);
            session.takeModelMismatch().ifPresent(m -> context.notifier().error(messages.get("chat.otherModel.title"),
                    messages.format("chat.otherModel", m.concepts().describe(), m.questions().describe())));
        }, failure -> {
            asking.set(false);
            state.set(session.bootstrapped() ? SpaceState.NOT_LOADED : SpaceState.NOTHING_BOOTSTRAPPED);
            context.notifier().error(messages.get("chat.error.ask"), failure);
        });
    }

    /** The CLI's same query: with the sentence model chosen in Settings, which the CLI does not read. */
    static String queryCommand(String text, Optional<Path> sentenceModel) {
        return "query " + quoted(text) + sentenceModel.map(m -> " --model " + quoted(m.toString())).orElse("");
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Tells the engine whether result {@code hit} of {@code turn} was right; its connections learn. */
    public void feedback(ChatTurn turn, ChatHit hit, boolean positive) {
        Conversation owner = selected.get();
        context.executor().execute(() -> new QueryFeedback(context.engine()).give(turn.queryId(),
                String.valueOf(hit.rank()), positive), outcome -> {
                    Conversation now = conversations.stream().filter(c -> c.id().equals(owner.id())).findFirst()
                            .orElse(owner);
                    ChatTurn latest = now.turns().stream().filter(t -> t.queryId().equals(turn.queryId())).findFirst()
                            .orElse(turn);
                    replace(now, now.replace(latest, latest.withHit(hit.withVerdict(positive))));
                    context.journal().echo("feedback " + turn.queryId() + " " + hit.rank()
                            + (positive ? " --positive" : " --negative"));
                }, failure -> context.notifier().error(messages.get("chat.error.feedback"), failure));
    }

    /** Starts an empty conversation at the top of the list and selects it; the selected one if it is empty. */
    public Conversation newConversation() {
        if (selected.get() != null && selected.get().turns().isEmpty()) {
            return selected.get();
        }
        Conversation c = Conversation.start(clock.instant());
        conversations.addFirst(c);
        selected.set(c);
        return c;
    }

    public void delete(Conversation c) {
        conversations.removeIf(x -> x.id().equals(c.id()));
        if (selected.get() != null && selected.get().id().equals(c.id())) {
            selected.set(conversations.isEmpty() ? null : conversations.getFirst());
        }
        save();
    }

    private void replace(Conversation old, Conversation updated) {
        int i = indexOf(old);
        if (i < 0) {
            conversations.addFirst(updated);
        } else {
            conversations.set(i, updated);
        }
        selected.set(updated);
        save();
    }

    private int indexOf(Conversation c) {
        for (int i = 0; i < conversations.size(); i++) {
            if (conversations.get(i).id().equals(c.id())) {
                return i;
            }
        }
        return -1;
    }

    private void save() {
        if (store == null) {
            return;
        }
        long v = version.incrementAndGet();
        List<Conversation> snapshot = conversations.stream().filter(c -> !c.turns().isEmpty()).toList();
        context.executor().execute(() -> {
            store.save(v, snapshot);
            return null;
        }, ignored -> { }, failure -> context.notifier().error(messages.get("chat.error.save"), failure));
    }

    public void exportMarkdown(Conversation c, Path file) {
        export(file, ConversationExport.markdown(c, messages));
    }

    public void exportJson(Conversation c, Path file) {
        export(file, ConversationExport.json(c));
    }

    private void export(Path file, String text) {
        context.executor().execute(() -> Files.writeString(file, text, StandardCharsets.UTF_8),
                written -> context.notifier().info(messages.get("chat.export.title"),
                        messages.format("chat.export.done", written.toString())),
                failure -> context.notifier().error(messages.get("chat.export.title"), failure));
    }

    public void showInGraph(ChatHit hit) {
        context.navigator().showToken(hit.tokenId());
    }

    public void openBootstrap() {
        context.navigator().selectTab(AppTab.BOOTSTRAP);
    }

    /**
     * Releases the semantic space (its mapped vectors and index) on a thread of its own: a question still
     * running holds the session, and the window must not wait for it.
     */
    public void close() {
        Thread.ofVirtual().name("tiro-chat-close").start(() -> {
            try {
                session.close();
            } catch (IOException e) {
                System.getLogger(ChatViewModel.class.getName()).log(System.Logger.Level.WARNING,
                        "closing the semantic space failed", e);
            }
        });
    }

    public ObservableList<Conversation> conversations() {
        return conversations;
    }

    public ObjectProperty<Conversation> selectedProperty() {
        return selected;
    }

    public StringProperty questionProperty() {
        return question;
    }

    public ReadOnlyObjectProperty<SpaceState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }

    Messages messages() {
        return messages;
    }
}
