package io.neurograph.tiro.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and Russian bundles hold the same keys, every key is used, and every key the code names exists. */
class MessagesConsistencyTest {
    private static final Path SOURCES = Path.of("src/main/java");
    /** Feature stylesheets and other resources are named like their feature ({@code "terminal.css"}), not keys. */
    private static final Pattern RESOURCE_FILE = Pattern.compile(".*\\.(css|png|json|txt|properties|csv|md)");
    private static final Pattern DOTTED_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)+)\"");

    private final Properties english = load("messages.properties");
    private final Properties russian = load("messages_ru.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void noValueIsBlank() {
        assertThat(english.values()).allSatisfy(v -> assertThat((String) v).isNotBlank());
        assertThat(russian.values()).allSatisfy(v -> assertThat((String) v).isNotBlank());
    }

    @Test
    void everyKeyIsUsedInTheCode() {
        assertThat(literalsInSources()).containsAll(english.stringPropertyNames());
    }

    /** A dotted literal that starts like a bundle key (menu., tab., status., …) must be one: catches typos. */
    @Test
    void everyKeyTheCodeNamesExists() {
        Set<String> prefixes = english.stringPropertyNames().stream()
                .map(k -> k.substring(0, k.indexOf('.') + 1)).collect(Collectors.toSet());
        Set<String> keyLike = literalsInSources().stream()
                .filter(l -> prefixes.stream().anyMatch(l::startsWith)).filter(l -> !RESOURCE_FILE.matcher(l).matches())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(english.stringPropertyNames()).containsAll(keyLike);
    }

    /** MessageFormat drops a lone apostrophe and leaves the placeholders after it unfilled ("With {0} ..."). */
    @Test
    void patternsWithPlaceholdersDoubleTheirApostrophes() {
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        Stream.of(english, russian).flatMap(p -> p.stringPropertyNames().stream().map(p::getProperty))
                .filter(v -> v.contains("{0")).forEach(v -> assertThat(loneApostrophe.matcher(v).find())
                        .as("lone apostrophe in %s", v).isFalse());
    }

    private static Set<String> literalsInSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(MessagesConsistencyTest::literals)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> literals(Path file) {
        try {
            Matcher m = DOTTED_LITERAL.matcher(Files.readString(file));
            return m.results().map(r -> r.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(Resources.url(name).openStream(), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
