package io.neurograph.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.capsule.ModelFormatException;
import io.neurograph.engine.capsule.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultVocabularyTest {
    @TempDir
    Path dir;

    @Test
    void takesTheWholeWordsOfTheMiniLmVocabularyInIdOrder() {
        List<String> words = DefaultVocabulary.words(TestModels.minilmTokenizer());
        assertThat(words).hasSize(21_722);
        assertThat(words.subList(0, 4)).containsExactly("the", "of", "and", "in");
        assertThat(words).contains("dog", "puppy", "horse", "cat")
                .doesNotContain("a", "[CLS]", "[PAD]", "##s", "1990", "don't");
        assertThat(words).allMatch(DefaultVocabulary::isWholeWord);
        assertThat(words).doesNotHaveDuplicates();
    }

    @Test
    void aTokenizerWithoutVocabularyIsNamed() throws Exception {
        Path file = dir.resolve("tokenizer.json");
        Files.writeString(file, "{\"model\": {\"type\": \"BPE\"}}");
        assertThatThrownBy(() -> DefaultVocabulary.words(file)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("model.vocab");
        Files.writeString(file, "{\"model\": {\"vocab\": {\"dog\": \"x\"}}}");
        assertThatThrownBy(() -> DefaultVocabulary.words(file)).hasMessageContaining("model.vocab['dog']");
        Files.writeString(file, "{\"model\": ");
        assertThatThrownBy(() -> DefaultVocabulary.words(file)).hasMessageContaining("cannot read the tokenizer JSON");
        Files.writeString(file, "{\"model\": {\"vocab\": {\"dog\": 1, \"x\": 2, \"über\": 3, \"𝔸\": 4, \"[X]\": 5}},"
                + " \"added_tokens\": [{\"content\": \"dog\", \"special\": true}]}");
        assertThat(DefaultVocabulary.words(file)).containsExactly("über");
    }
}
