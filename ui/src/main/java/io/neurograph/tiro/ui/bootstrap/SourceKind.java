package io.neurograph.tiro.ui.bootstrap;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What a dropped file is, by its extension: word vectors to bootstrap or a model to convert. */
enum SourceKind {
    EMBEDDING("txt", "vec", "bin"),
    MODEL("onnx", "gguf");

    private final String[] extensions;

    SourceKind(String... extensions) {
        this.extensions = extensions;
    }

    static Optional<SourceKind> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (SourceKind kind : values()) {
            for (String extension : kind.extensions) {
                if (name.endsWith("." + extension)) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    /** File-chooser patterns, e.g. {@code *.txt}. */
    static String[] patterns() {
        return java.util.Arrays.stream(values()).flatMap(k -> java.util.Arrays.stream(k.extensions))
                .map(e -> "*." + e).toArray(String[]::new);
    }
}
