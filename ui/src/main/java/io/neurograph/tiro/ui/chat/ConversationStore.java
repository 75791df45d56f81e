package io.neurograph.tiro.ui.chat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The conversations of a data folder, kept in {@code <data>/chat/conversations.json}. A save writes a temporary
 * file and moves it over the old one, so a crash leaves the previous or the new list, never half of one. Saves
 * may come from several threads; each carries a version and an older snapshot never replaces a newer one.
 */
final class ConversationStore {
    static final String FOLDER = "chat";
    static final String FILE_NAME = "conversations.json";
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private long written = -1;

    ConversationStore(Path dataDir) {
        this.file = dataDir.resolve(FOLDER).resolve(FILE_NAME);
    }

    /** The saved conversations, newest first; none if nothing was saved yet. */
    List<Conversation> load() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return JSON.readValue(file.toFile(), new TypeReference<List<Conversation>>() { });
    }

    synchronized void save(long version, List<Conversation> conversations) throws IOException {
        if (version <= written) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        JSON.writeValue(temp.toFile(), conversations);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        written = version;
    }
}
