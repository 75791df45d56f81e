package io.neurograph.engine.bootstrap.read;

import static io.neurograph.engine.bootstrap.read.EmbeddingTestFiles.WORDS;
import static io.neurograph.engine.bootstrap.read.EmbeddingTestFiles.binary;
import static io.neurograph.engine.bootstrap.read.EmbeddingTestFiles.lines;
import static io.neurograph.engine.bootstrap.read.EmbeddingTestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingSnifferTest {
    private static final List<String> WORD_LIST = List.copyOf(WORDS.keySet());

    @TempDir
    Path dir;

    @Test
    void gloveTextHasNoHeader() throws Exception {
        Path file = text(dir, "glove.txt", lines(false, "\n"));
        EmbeddingProfile p = EmbeddingSniffer.sniff(file);
        assertThat(p.format()).isEqualTo(EmbeddingFormat.GLOVE_TEXT);
        assertThat(p.dimension()).isEqualTo(3);
        assertThat(p.declaredCount()).isEqualTo(-1);
        assertThat(p.estimatedCount()).isEqualTo(3);    // the whole file was sampled
        assertThat(p.fileBytes()).isEqualTo(Files.size(file));
        assertThat(p.encoding()).isEqualTo("UTF-8");
        assertThat(p.crlf()).isFalse();
        assertThat(p.sampleWords()).isEqualTo(WORD_LIST);
    }

    @Test
    void word2vecTextAndFastTextVecHaveTheHeader() throws Exception {
        EmbeddingProfile w2v = EmbeddingSniffer.sniff(text(dir, "model.txt", lines(true, "\n")));
        assertThat(w2v.format()).isEqualTo(EmbeddingFormat.WORD2VEC_TEXT);
        assertThat(w2v.dimension()).isEqualTo(3);
        assertThat(w2v.declaredCount()).isEqualTo(3);
        assertThat(w2v.estimatedCount()).isEqualTo(3);
        assertThat(w2v.sampleWords()).isEqualTo(WORD_LIST);

        EmbeddingProfile vec = EmbeddingSniffer.sniff(text(dir, "wiki.en.VEC", lines(true, "\n")));
        assertThat(vec.format()).isEqualTo(EmbeddingFormat.FASTTEXT_VEC);
        assertThat(vec.dimension()).isEqualTo(3);
    }

    @Test
    void word2vecBinaryWithAndWithoutNewlinesAfterRecords() throws Exception {
        for (boolean newlines : new boolean[] {true, false}) {
            EmbeddingProfile p = EmbeddingSniffer.sniff(binary(dir, "model.bin", 3, 3, WORDS, newlines));
            assertThat(p.format()).isEqualTo(EmbeddingFormat.WORD2VEC_BINARY);
            assertThat(p.dimension()).isEqualTo(3);
            assertThat(p.declaredCount()).isEqualTo(3);
            assertThat(p.estimatedCount()).isEqualTo(3);
            assertThat(p.sampleWords()).isEqualTo(WORD_LIST);
        }
    }

    @Test
    void crlfAndByteOrderMarkAreRecognised() throws Exception {
        EmbeddingProfile crlf = EmbeddingSniffer.sniff(text(dir, "crlf.txt", lines(true, "\r\n")));
        assertThat(crlf.crlf()).isTrue();
        assertThat(crlf.format()).isEqualTo(EmbeddingFormat.WORD2VEC_TEXT);
        assertThat(crlf.dimension()).isEqualTo(3);

        EmbeddingProfile bom = EmbeddingSniffer.sniff(text(dir, "bom.txt", "\uFEFF" + lines(false, "\n")));
        assertThat(bom.format()).isEqualTo(EmbeddingFormat.GLOVE_TEXT);
        assertThat(bom.sampleWords()).first().isEqualTo("cat");
    }

    @Test
    void countIsEstimatedFromTheAverageLineLengthWithoutAHeader() throws Exception {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            s.append(String.format("w%04d 0.100000 -0.200000 0.300000%n", i));   // all lines the same length
        }
        EmbeddingProfile p = EmbeddingSniffer.sniff(text(dir, "big.txt", s.toString()));
        assertThat(p.estimatedCount()).isEqualTo(1000);
        assertThat(p.sampleWords()).containsExactly("w0000", "w0001", "w0002", "w0003", "w0004");
    }

    @Test
    void oneBadLineInTheSampleIsLeftToTheReader() throws Exception {
        Path file = text(dir, "one-bad.txt", "a 1 2 3\nb 1 2\nc 1 2 3\nd 1 2 3\ne 1 2 3\n");
        assertThat(EmbeddingSniffer.sniff(file).dimension()).isEqualTo(3);
    }

    @Test
    void inconsistentFirstLinesAreRefusedNamingTheLine() throws IOException {
        Path file = text(dir, "mixed.txt", "a 1 2 3\n\nb 1 2\nc 1 2 3 4\n");
        assertThatThrownBy(() -> EmbeddingSniffer.sniff(file)).isInstanceOf(EmbeddingFormatException.class)
                .hasMessage(file + " line 3: expected 3 numbers after the word, found 2")
                .satisfies(e -> assertThat(((EmbeddingFormatException) e).line()).isEqualTo(3));
    }

    @Test
    void headerDimensionThatDoesNotMatchTheRowsNamesLineTwo() throws IOException {
        Path file = text(dir, "header.txt", "3 5\na 1 2 3 4\nb 1 2 3 4\nc 1 2 3 4\n");
        assertThatThrownBy(() -> EmbeddingSniffer.sniff(file)).isInstanceOf(EmbeddingFormatException.class)
                .hasMessage(file + " line 2: expected 5 numbers after the word, found 4;"
                        + " the header on line 1 declares 5 dimensions but the rows have 4");
    }

    @Test
    void emptyAndBlankFilesAreRefused() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertThatThrownBy(() -> EmbeddingSniffer.sniff(empty)).isInstanceOf(EmbeddingFormatException.class)
                .hasMessage(empty + ": the file is empty");
        Path blank = text(dir, "blank.txt", "\uFEFF\n  \n\r\n");
        assertThatThrownBy(() -> EmbeddingSniffer.sniff(blank)).hasMessage(blank + ": the file has no embedding lines, only blank ones");
        Path headerOnly = text(dir, "header-only.txt", "10 3\n");
        assertThatThrownBy(() -> EmbeddingSniffer.sniff(headerOnly))
                .hasMessage(headerOnly + " line 2: the header declares 10 vectors but no row follows it");
    }

    @Test
    void csvIsNotAnEmbeddingFile() throws IOException {
        Path file = text(dir, "table.csv", "word,x,y,z\ncat,0.1,0.2,0.3\ndog,0.4,0.5,0.6\n");
        assertThatThrownBy(() -> EmbeddingSniffer.sniff(file)).isInstanceOf(EmbeddingFormatException.class)
                .hasMessageStartingWith(file + " line 1: no numbers after the word;");
    }

    @Test
    void randomBinaryIsNotAnEmbeddingFile() throws IOException {
        byte[] noise = new byte[10_000];
        new SplittableRandom(5).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.bin"), noise);
        assertThatThrownBy(() -> EmbeddingSniffer.sniff(file)).isInstanceOf(EmbeddingFormatException.class)
                .hasMessageContaining(" line 1: not UTF-8 text (byte 0x");
    }

    @Test
    void latin1WordsAreRefusedNamingTheLine() throws IOException {
        Path file = Files.write(dir.resolve("latin1.txt"), "cat 1 2\ncafé 3 4\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> EmbeddingSniffer.sniff(file)).isInstanceOf(EmbeddingFormatException.class)
                .hasMessageStartingWith(file + " line 2: not UTF-8 text (byte 0xE9 at column 4)");
    }

    @Test
    void implausibleHeaderIsRefused() throws IOException {
        Path file = text(dir, "huge.txt", "10 99999999\na 1 2\n");
        assertThatThrownBy(() -> EmbeddingSniffer.sniff(file)).hasMessageStartingWith(file + " line 1: the header '10 99999999'");
    }

    @Test
    void truncatedFirstBinaryRecordIsRefused() throws IOException {
        Path file = binary(dir, "cut.bin", 2, 300, Map.of("cat", new float[3]), false);    // 12 of 1200 bytes
        assertThatThrownBy(() -> EmbeddingSniffer.sniff(file)).isInstanceOf(EmbeddingFormatException.class)
                .hasMessageStartingWith(file + " record 1 (byte 6): the record is truncated");
    }
}
