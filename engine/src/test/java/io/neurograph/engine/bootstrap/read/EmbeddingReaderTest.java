package io.neurograph.engine.bootstrap.read;

import static io.neurograph.engine.bootstrap.read.EmbeddingTestFiles.WORDS;
import static io.neurograph.engine.bootstrap.read.EmbeddingTestFiles.binary;
import static io.neurograph.engine.bootstrap.read.EmbeddingTestFiles.lines;
import static io.neurograph.engine.bootstrap.read.EmbeddingTestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingReaderTest {
    @TempDir
    Path dir;

    private static List<EmbeddingRecord> readAll(EmbeddingReader reader) throws IOException, EmbeddingFormatException {
        List<EmbeddingRecord> records = new ArrayList<>();
        for (EmbeddingRecord r; (r = reader.next()) != null; ) {
            records.add(r);
        }
        return records;
    }

    private static List<EmbeddingRecord> readAll(Path file, boolean skipBad) throws IOException, EmbeddingFormatException {
        try (EmbeddingReader reader = EmbeddingReader.open(EmbeddingSniffer.sniff(file), ReadOptions.fromStart(skipBad))) {
            return readAll(reader);
        }
    }

    /** The records as "word@line=v1,v2,…" for readable comparisons. */
    private static List<String> show(List<EmbeddingRecord> records) {
        return records.stream().map(r -> {
            StringBuilder s = new StringBuilder(r.word()).append('@').append(r.line()).append('=');
            for (float v : r.vector()) {
                s.append(v).append(',');
            }
            return s.toString();
        }).toList();
    }

    private static List<String> expected(long firstLine) {
        List<String> out = new ArrayList<>();
        long line = firstLine;
        for (Map.Entry<String, float[]> e : WORDS.entrySet()) {
            out.addAll(show(List.of(new EmbeddingRecord(e.getKey(), e.getValue(), line++))));
        }
        return out;
    }

    @Test
    void readsEveryFormatIncludingNonLatinWords() throws Exception {
        assertThat(show(readAll(text(dir, "glove.txt", lines(false, "\n")), false))).isEqualTo(expected(1));
        assertThat(show(readAll(text(dir, "w2v.txt", lines(true, "\n")), false))).isEqualTo(expected(2));
        assertThat(show(readAll(text(dir, "ft.vec", lines(true, "\n")), false))).isEqualTo(expected(2));
        assertThat(show(readAll(binary(dir, "nl.bin", 3, 3, WORDS, true), false))).isEqualTo(expected(1));
        assertThat(show(readAll(binary(dir, "plain.bin", 3, 3, WORDS, false), false))).isEqualTo(expected(1));
    }

    @Test
    void crlfByteOrderMarkBlankLinesTabsAndAMissingLastNewline() throws Exception {
        Path file = text(dir, "messy.txt", "\uFEFFcat\t0.5  -1.25 3e-5 \r\n\r\n   \n\tслово -0.038194 0.0021426\t12.5\r\n"
                + "単語 1 2 -3");
        try (EmbeddingReader reader = EmbeddingReader.open(EmbeddingSniffer.sniff(file), ReadOptions.fromStart(false))) {
            assertThat(show(readAll(reader))).containsExactly(expected(1).get(0),
                    expected(4).get(1).replace("@5", "@4"), expected(3).get(2));
            ReadStats stats = reader.stats();
            assertThat(stats.lines()).isEqualTo(5);
            assertThat(stats.records()).isEqualTo(3);
            assertThat(stats.skipped()).isZero();
            assertThat(stats.bytesRead()).isEqualTo(Files.size(file));
            assertThat(reader.position()).isEqualTo(Files.size(file));
        }
    }

    @Test
    void duplicatesAreReturnedForTheCallerToResolve() throws Exception {
        Path file = text(dir, "dup.txt", "a 1 2\nb 3 4\na 5 6\n");
        assertThat(readAll(file, false)).extracting(EmbeddingRecord::word).containsExactly("a", "b", "a");
    }

    @Test
    void malformedLineStopsTheReadingNamingFileLineAndProblem() throws Exception {
        String good = "w 0.1 0.2 0.3\n".repeat(16);
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("x 0.1 0.2\n", "expected 3 numbers after the word, found 2");
        cases.put("x 0.1 0.2 0.3 0.4\n", "expected 3 numbers after the word, found 4");
        cases.put("New York 0.1 0.2 0.3\n", "expected 3 numbers after the word, found 4");
        cases.put("x\n", "expected 3 numbers after the word, found 0");
        cases.put("x 0.1 0.2x 0.3\n", "number 2 '0.2x' is not a number");
        cases.put("x 0.1 nan 0.3\n", "number 2 'nan' is not finite; vectors must not contain NaN or infinity");
        cases.put("x -Infinity 0.1 0.3\n", "number 1 '-Infinity' is not finite; vectors must not contain NaN or infinity");
        cases.put("x 0.1 0.2 1e39\n", "number 3 '1e39' is outside the float range");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path file = text(dir, "glove.txt", good + c.getKey() + good);
            try (EmbeddingReader reader = EmbeddingReader.open(EmbeddingSniffer.sniff(file), ReadOptions.fromStart(false))) {
                for (int i = 0; i < 16; i++) {
                    assertThat(reader.next()).isNotNull();
                }
                assertThatThrownBy(reader::next).isInstanceOf(EmbeddingFormatException.class)
                        .hasMessage(file + " line 17: " + c.getValue())
                        .satisfies(e -> {
                            EmbeddingFormatException f = (EmbeddingFormatException) e;
                            assertThat(f.file()).isEqualTo(file);
                            assertThat(f.line()).isEqualTo(17);
                            assertThat(f.problem()).isEqualTo(c.getValue());
                        });
            }
        }
    }

    @Test
    void skipBadCountsAndListsMalformedLinesAndGoesOn() throws Exception {
        Path file = text(dir, "w2v.txt", "4 2\na 1 2\nb 1\n\nc 1 x\nd 3 4\nкот 5 6\ne 7 8\nf 9 10\ng 1 1\n");
        try (EmbeddingReader reader = EmbeddingReader.open(EmbeddingSniffer.sniff(file), ReadOptions.fromStart(true))) {
            assertThat(readAll(reader)).extracting(EmbeddingRecord::word, EmbeddingRecord::line)
                    .containsExactly(tuple("a", 2L), tuple("d", 6L),
                            tuple("кот", 7L), tuple("e", 8L),
                            tuple("f", 9L), tuple("g", 10L));
            ReadStats stats = reader.stats();
            assertThat(stats.skipped()).isEqualTo(2);
            assertThat(stats.records()).isEqualTo(6);
            assertThat(stats.lines()).isEqualTo(10);
            assertThat(stats.badLines()).containsExactly(new BadLine(3, "expected 2 numbers after the word, found 1"),
                    new BadLine(5, "number 2 'x' is not a number"));
        }
    }

    @Test
    void onlyTheFirstHundredBadLinesAreListed() throws Exception {
        Path file = text(dir, "many-bad.txt", "a 1 2\n".repeat(2000) + "b 1\n".repeat(150));
        try (EmbeddingReader reader = EmbeddingReader.open(EmbeddingSniffer.sniff(file), ReadOptions.fromStart(true))) {
            assertThat(readAll(reader)).hasSize(2000);
            assertThat(reader.stats().skipped()).isEqualTo(150);
            assertThat(reader.stats().badLines()).hasSize(EmbeddingReader.BAD_LINES_KEPT)
                    .first().isEqualTo(new BadLine(2001, "expected 2 numbers after the word, found 1"));
        }
    }

    @Test
    void latin1WordPastTheSampleIsAMalformedLine() throws Exception {
        byte[] content = ("a 1 2\n".repeat(30) + "café 1 2\nb 3 4\n").getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("late-latin1.txt"), content);
        assertThatThrownBy(() -> readAll(file, false)).hasMessageStartingWith(file + " line 31: the word is not valid"
                + " UTF-8 (byte 0xE9 at position 4 of the word)");
        assertThat(readAll(file, true)).hasSize(31);
    }

    @Test
    void truncatedBinaryRecordIsReportedWithRecordNumberAndOffset() throws Exception {
        Path full = binary(dir, "full.bin", 3, 3, WORDS, true);
        byte[] bytes = Files.readAllBytes(full);
        Path cut = Files.write(dir.resolve("cut.bin"), Arrays.copyOf(bytes, bytes.length - 6));
        EmbeddingProfile profile = EmbeddingSniffer.sniff(cut);
        long third = 4 + (4 + 12 + 1) + ("слово".getBytes(StandardCharsets.UTF_8).length + 1 + 12 + 1);
        try (EmbeddingReader reader = EmbeddingReader.open(profile, ReadOptions.fromStart(false))) {
            reader.next();
            reader.next();
            assertThatThrownBy(reader::next).isInstanceOf(EmbeddingFormatException.class)
                    .hasMessage(cut + " record 3 (byte " + third + "): the record is truncated: the file ends 14 bytes after"
                            + " its start (a record of 3 dimensions takes the word, a space and 12 bytes)")
                    .satisfies(e -> assertThat(((EmbeddingFormatException) e).offset()).isEqualTo(third));
        }
        try (EmbeddingReader reader = EmbeddingReader.open(profile, ReadOptions.fromStart(true))) {
            assertThat(readAll(reader)).hasSize(2);
            assertThat(reader.stats().skipped()).isEqualTo(1);
            assertThat(reader.stats().badLines().getFirst().problem()).startsWith("at byte " + third + ": the record is truncated");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void binaryWithFewerRecordsThanDeclared() throws Exception {
        Path file = binary(dir, "short.bin", 5, 3, WORDS, true);
        assertThatThrownBy(() -> readAll(file, false)).hasMessageEndingWith(
                "record 4 (byte " + Files.size(file) + "): the file ends after 3 of the 5 records its header declares");
    }

    @Test
    void binaryStopsAtTheDeclaredCount() throws Exception {
        Path file = binary(dir, "two.bin", 2, 3, WORDS, false);
        assertThat(readAll(file, false)).extracting(EmbeddingRecord::word).containsExactly("cat", "слово");
    }

    @Test
    void binaryRecordsWithABadWordOrNaNAreSkippable() throws Exception {
        Map<String, float[]> words = new LinkedHashMap<>(WORDS);
        words.put(new String(new byte[] {'c', 'a', 'f', (byte) 0xE9}, StandardCharsets.ISO_8859_1), new float[3]);
        words.put("nan", new float[] {1, Float.NaN, 2});
        words.put("last", new float[] {7, 8, 9});
        Path file = binary(dir, "bad-words.bin", 6, 3, words, true);
        // the Latin-1 word was written as UTF-8 by the helper; patch it back to a lone 0xE9 byte
        byte[] bytes = Files.readAllBytes(file);
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = all.indexOf("caf\u00C3\u00A9");
        byte[] patched = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, patched, 0, at + 3);
        patched[at + 3] = (byte) 0xE9;
        System.arraycopy(bytes, at + 5, patched, at + 4, bytes.length - at - 5);
        Files.write(file, patched);

        try (EmbeddingReader reader = EmbeddingReader.open(EmbeddingSniffer.sniff(file), ReadOptions.fromStart(true))) {
            assertThat(readAll(reader)).extracting(EmbeddingRecord::word, EmbeddingRecord::line).containsExactly(
                    tuple("cat", 1L), tuple("слово", 2L),
                    tuple("単語", 3L), tuple("last", 6L));
            assertThat(reader.stats().badLines()).extracting(BadLine::line).containsExactly(4L, 5L);
            assertThat(reader.stats().badLines().get(0).problem()).contains("the word is not valid UTF-8 (byte 0xE9");
            assertThat(reader.stats().badLines().get(1).problem()).endsWith("number 2 is NaN; vectors must not contain NaN or infinity");
        }
    }

    @Test
    void resumingFromAnyPositionReturnsExactlyTheRemainingRecords() throws Exception {
        List<Path> files = List.of(
                text(dir, "resume.txt", "3 2\n\na 1 2\nbad\nb 3 4\r\n\nc 5 6\n\n"),
                binary(dir, "resume.bin", 3, 3, WORDS, true));
        for (Path file : files) {
            EmbeddingProfile profile = EmbeddingSniffer.sniff(file);
            List<String> all = show(readAll(file, true));
            assertThat(all).hasSize(3);
            for (int k = 0; k <= all.size(); k++) {
                long offset;
                long line;
                try (EmbeddingReader reader = EmbeddingReader.open(profile, ReadOptions.fromStart(true))) {
                    EmbeddingRecord last = null;
                    for (int i = 0; i < k; i++) {
                        last = reader.next();
                    }
                    offset = reader.position();
                    line = last == null ? 0 : last.line();
                }
                try (EmbeddingReader rest = EmbeddingReader.open(profile, new ReadOptions(true, offset, line))) {
                    assertThat(show(readAll(rest))).as(file + " after " + k).isEqualTo(all.subList(k, all.size()));
                    assertThat(rest.stats().bytesRead()).isEqualTo(Files.size(file) - offset);
                }
            }
        }
    }

    @Test
    void largeFileAcrossManyReadWindowsMatchesFloatParseFloat() throws Exception {
        SplittableRandom rnd = new SplittableRandom(11);
        int dimension = 50;
        StringBuilder s = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            StringBuilder line = new StringBuilder("w" + i + "=");
            s.append("w").append(i);
            for (int d = 0; d < dimension; d++) {
                String number = String.format(Locale.ROOT, "%.6f", rnd.nextGaussian());
                s.append(' ').append(number);
                line.append(Float.parseFloat(number)).append(',');
            }
            s.append('\n');
            expected.add(line.toString().replace("=", "@" + (i + 1) + "="));
        }
        Path file = text(dir, "big.txt", s.toString());
        assertThat(Files.size(file)).isGreaterThan(2L << 20);
        assertThat(show(readAll(file, false))).isEqualTo(expected);
    }

    @Test
    void anyMixOfSpacesTabsAndNumberFormsIsReadLikeFloatParseFloat() throws Exception {
        SplittableRandom rnd = new SplittableRandom(13);
        String[] separators = {" ", " ", " ", "\t", "  ", " \t "};
        int dimension = 40;
        StringBuilder s = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            StringBuilder line = new StringBuilder("w" + i + "@" + (i + 1) + "=");
            s.append("w").append(i);
            for (int d = 0; d < dimension; d++) {
                double x = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(-6, 4));
                String number = switch (rnd.nextInt(5)) {
                    case 0 -> String.format(Locale.ROOT, "%.6f", x);
                    case 1 -> Float.toString((float) x);
                    case 2 -> String.format(Locale.ROOT, "%.3e", x);
                    case 3 -> Integer.toString(rnd.nextInt(-3, 12));
                    default -> Double.toString(x);
                };
                s.append(separators[rnd.nextInt(separators.length)]).append(number);
                line.append(Float.parseFloat(number)).append(',');
            }
            s.append(rnd.nextBoolean() ? "\r\n" : " \n");
            expected.add(line.toString());
        }
        assertThat(show(readAll(text(dir, "mixed.txt", s.toString()), false))).isEqualTo(expected);
    }

    @Test
    void aLineLongerThanTheReadWindowIsRead() throws Exception {
        int dimension = 300_000;   // one 1.2 MB line: the window has to grow
        Path file = text(dir, "wide.txt", "wide" + " 0.5".repeat(dimension) + "\nnext" + " 1".repeat(dimension) + "\n");
        EmbeddingProfile profile = new EmbeddingProfile(file, EmbeddingFormat.GLOVE_TEXT, dimension, -1, 2,
                Files.size(file), "UTF-8", false, List.of());
        try (EmbeddingReader reader = EmbeddingReader.open(profile, ReadOptions.fromStart(false))) {
            List<EmbeddingRecord> records = readAll(reader);
            assertThat(records).extracting(EmbeddingRecord::word).containsExactly("wide", "next");
            assertThat(records.get(0).vector()).containsOnly(0.5f);
            assertThat(records.get(1).vector()).containsOnly(1f);
        }
    }

    @Test
    void startOffsetPastTheEndIsRefused() throws Exception {
        EmbeddingProfile profile = EmbeddingSniffer.sniff(text(dir, "small.txt", lines(false, "\n")));
        assertThatThrownBy(() -> EmbeddingReader.open(profile, new ReadOptions(false, profile.fileBytes() + 1, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is past the end of the file");
    }
}
