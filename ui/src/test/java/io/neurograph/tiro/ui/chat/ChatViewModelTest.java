package io.neurograph.tiro.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.Engine;
import io.neurograph.tiro.ui.concurrent.CurrentThreadTaskExecutor;
import io.neurograph.tiro.ui.testing.FeatureFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Chat view-model on a bootstrapped engine, run synchronously: persistence across restarts and export. */
class ChatViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Engine engine;
    private FeatureFixture fixture;

    @BeforeEach
    void open() throws Exception {
        engine = PlantedEngine.open(dir);
        fixture = new FeatureFixture(engine, new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private ChatViewModel model() {
        return new ChatViewModel(fixture.context, new SemanticSession(engine),
                new ConversationStore(engine.config().dataDir()), CLOCK);
    }

    private static void ask(ChatViewModel model, String text) {
        model.questionProperty().set(text);
        model.ask();
    }

    @Test
    void conversationsWithTheirFeedbackAreKeptAcrossRestarts() throws Exception {
        ChatViewModel first = model();
        first.load();
        ask(first, "c2w0");
        ask(first, "c5w3");
        ChatTurn turn = first.selectedProperty().get().turns().getFirst();
        first.feedback(turn, turn.hits().get(1), false);
        first.newConversation();
        ask(first, "c7w7");
        first.close();

        ChatViewModel second = model();
        second.load();

        assertThat(fixture.errors()).isEmpty();
        assertThat(second.conversations()).extracting(Conversation::title).containsExactly("c7w7", "c2w0");
        assertThat(second.conversations()).isEqualTo(first.conversations());
        Conversation kept = second.conversations().get(1);
        assertThat(kept.turns()).extracting(ChatTurn::question).containsExactly("c2w0", "c5w3");
        assertThat(kept.turns().getFirst().hits().get(1).verdict()).isEqualTo("negative");
        assertThat(fixture.journal.recent()).containsExactly("query \"c2w0\"", "query \"c5w3\"",
                "feedback " + turn.queryId() + " 2 --negative", "query \"c7w7\"");
        second.close();
    }

    @Test
    void deletingAConversationRemovesItFromTheSavedList() throws Exception {
        ChatViewModel model = model();
        model.load();
        ask(model, "c1w1");
        model.newConversation();
        ask(model, "c4w4");
        model.delete(model.conversations().getFirst());

        ChatViewModel reopened = model();
        reopened.load();
        assertThat(reopened.conversations()).extracting(Conversation::title).containsExactly("c1w1");
        model.close();
        reopened.close();
    }

    @Test
    void anEmptyConversationIsReusedAndDroppedWhenLeft() {
        ChatViewModel model = model();
        model.load();
        ask(model, "c1w1");
        Conversation empty = model.newConversation();
        assertThat(model.newConversation()).as("a second Ctrl+N keeps the empty one").isSameAs(empty);
        assertThat(model.conversations()).hasSize(2);

        model.selectedProperty().set(model.conversations().getLast());
        assertThat(model.conversations()).extracting(Conversation::title).containsExactly("c1w1");

        model.newConversation();
        ask(model, "c4w4");
        assertThat(model.conversations()).extracting(Conversation::title).containsExactly("c4w4", "c1w1");
        model.close();
    }

    @Test
    void exportsMarkdownAndJson() throws Exception {
        ChatViewModel model = model();
        model.load();
        ask(model, "c6w2");
        Conversation c = model.selectedProperty().get();
        ChatTurn turn = c.turns().getFirst();
        model.feedback(turn, turn.hits().getFirst(), true);
        c = model.selectedProperty().get();

        Path md = dir.resolve("chat.md");
        Path json = dir.resolve("chat.json");
        model.exportMarkdown(c, md);
        model.exportJson(c, json);

        String markdown = Files.readString(md);
        assertThat(markdown).startsWith("# c6w2\n\n_Started 2026-11-21T10:00:00Z_\n\n## c6w2\n\n1. **");
        assertThat(markdown).contains("similarity in the original space", "L8 distance", "👍");
        assertThat(markdown.lines().filter(l -> l.matches("\\d+\\. \\*\\*c6w\\d+\\*\\* — score .*")).count())
                .isEqualTo(turn.hits().size());
        Conversation read = ConversationStore.JSON.readValue(json.toFile(), Conversation.class);
        assertThat(read).isEqualTo(c);
        assertThat(fixture.infos()).hasSize(2);
        model.close();
    }

    @Test
    void anOlderSaveNeverReplacesANewerOne() throws Exception {
        ConversationStore store = new ConversationStore(dir.resolve("store"));
        Conversation newer = Conversation.start(CLOCK.instant()).with(new ChatTurn("new", "q1", List.of(), List.of()));
        Conversation older = Conversation.start(CLOCK.instant()).with(new ChatTurn("old", "q0", List.of(), List.of()));
        store.save(2, List.of(newer));
        store.save(1, List.of(older));

        assertThat(new ConversationStore(dir.resolve("store")).load()).containsExactly(newer);
        assertThat(dir.resolve("store/chat")).isDirectoryNotContaining("glob:**.tmp");
    }
}
