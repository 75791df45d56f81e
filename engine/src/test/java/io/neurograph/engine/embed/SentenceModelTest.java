package io.neurograph.engine.embed;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.capsule.ModelFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceModelTest {
    @TempDir
    Path dir;

    @Test
    void aChosenModelNeedsItsTokenizerBesideIt() throws Exception {
        Path model = Files.writeString(dir.resolve("encoder.onnx"), "not checked here");
        assertThatThrownBy(() -> SentenceModel.check(model)).isInstanceOf(ModelFormatException.class)
                .hasMessage(dir.resolve("tokenizer.json") + ": missing: a sentence model needs its HuggingFace"
                        + " tokenizer.json in the same folder");

        Files.writeString(dir.resolve("tokenizer.json"), "{}");
        assertThatCode(() -> SentenceModel.check(model)).doesNotThrowAnyException();
        assertThatCode(() -> SentenceModel.check(Files.writeString(dir.resolve("encoder.mini.cgraph"), "")))
                .doesNotThrowAnyException();
    }

    @Test
    void aFolderOrAMisnamedTokenizerIsSaidSo() throws Exception {
        assertThatThrownBy(() -> SentenceModel.check(dir)).isInstanceOf(ModelFormatException.class)
                .hasMessage(dir + ": is a folder; choose the sentence model's .onnx or .cgraph file in it (with its"
                        + " tokenizer.json beside it)");
        Path model = Files.writeString(dir.resolve("all-minilm-l6-v2-q.onnx"), "");
        Files.writeString(dir.resolve("all-minilm-l6-v2-q-tokenizer.json"), "{}");
        assertThatThrownBy(() -> SentenceModel.check(model)).hasMessageEndingWith("in the same folder;"
                + " all-minilm-l6-v2-q-tokenizer.json is there: rename or copy it to tokenizer.json");
    }

    @Test
    void otherFilesAreRefusedByName() throws Exception {
        Path gguf = Files.writeString(dir.resolve("llama.gguf"), "");
        Files.writeString(dir.resolve("tokenizer.json"), "{}");
        assertThatThrownBy(() -> SentenceModel.check(gguf)).hasMessage(gguf
                + ": a sentence model must be an .onnx or a .cgraph file");
        assertThatThrownBy(() -> SentenceModel.check(dir.resolve("gone.onnx"))).hasMessage(dir.resolve("gone.onnx")
                + ": no such file");
    }
}
