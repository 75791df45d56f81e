package io.neurograph.engine.bootstrap.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an embedding file from its first lines: binary or text, header {@code N D} or not, the dimension, a
 * count estimate, the line ends and a few words. The sampled lines must be UTF-8 (a byte order mark is skipped)
 * and at least three quarters of them well formed, so that a CSV, a random binary file or a header that
 * contradicts its rows fails here with the line that shows it, before any work starts.
 */
public final class EmbeddingSniffer {
    /** Higher dimensions are taken for a misread header (real models stay far below). */
    public static final int MAX_DIMENSION = 1 << 16;
    static final int SAMPLE_LINES = 20;
    static final int SAMPLE_WORDS = 5;
    private static final Pattern HEADER = Pattern.compile("[ \\t]*(\\d{1,18})[ \\t]+(\\d{1,9})[ \\t\\r]*");
    private static final int HEADER_MAX_BYTES = 64;
    private static final int MAX_NUMBER_CHARS = 32;

    private EmbeddingSniffer() {
    }

    public static EmbeddingProfile sniff(Path file) throws IOException, EmbeddingFormatException {
        long size = Files.size(file);
        if (size == 0) {
            throw new EmbeddingFormatException(file, 0, "the file is empty");
        }
        try (FileBytes in = new FileBytes(file, 0)) {
            in.skipByteOrderMark();
            int end = in.lineEnd(1);
            int lineEnd = end == FileBytes.END ? in.limit() : end;
            byte[] b = in.buf();
            boolean crlf = end != FileBytes.END && end > in.pos() && b[end - 1] == '\r';
            Matcher header = lineEnd - in.pos() <= HEADER_MAX_BYTES
                    ? HEADER.matcher(new String(b, in.pos(), lineEnd - in.pos(), StandardCharsets.ISO_8859_1))
                    : null;
            if (header == null || !header.matches()) {
                return sampleText(file, size, crlf, in, EmbeddingFormat.GLOVE_TEXT, -1, -1);
            }
            long count = Long.parseLong(header.group(1));
            int dimension = Integer.parseInt(header.group(2));
            if (count == 0 || dimension == 0 || dimension > MAX_DIMENSION) {
                throw new EmbeddingFormatException(file, 1, "the header '" + header.group().strip() + "' declares "
                        + count + " vectors of " + dimension + " dimensions; expected at least one vector and 1 to "
                        + MAX_DIMENSION + " dimensions");
            }
            in.consumeTo(end == FileBytes.END ? in.limit() : end + 1);
            if (looksBinary(in, dimension)) {
                return sampleBinary(new EmbeddingProfile(file, EmbeddingFormat.WORD2VEC_BINARY, dimension, count,
                        count, size, "UTF-8", crlf, List.of()));
            }
            boolean vec = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".vec");
            return sampleText(file, size, crlf, in,
                    vec ? EmbeddingFormat.FASTTEXT_VEC : EmbeddingFormat.WORD2VEC_TEXT, dimension, count);
        }
    }

    /**
     * After an {@code N D} header: binary unless the next line reads as a text row of D numbers, and only if the
     * D × 4 bytes after the first word are not all printable text (ASCII numbers would read as tiny floats).
     */
    private static boolean looksBinary(FileBytes in, int dimension) throws IOException {
        // a text row is far shorter than this; a binary file may have no '\n' for a long way
        int end = in.indexOf((byte) '\n', EmbeddingReader.MAX_WORD_BYTES + MAX_NUMBER_CHARS * dimension);
        if (end != FileBytes.TOO_FAR) {
            int lineEnd = end == FileBytes.END ? in.limit() : end;
            TextLineParser row = new TextLineParser(dimension);
            if (row.parse(in.buf(), in.pos(), lineEnd, new float[dimension]) == TextLineParser.Outcome.RECORD) {
                return false;
            }
        }
        int space = in.indexOf((byte) ' ', EmbeddingReader.MAX_WORD_BYTES);
        if (space < 0) {
            return false;
        }
        int wordBytes = space - in.pos();
        in.request(wordBytes + 1 + Float.BYTES * dimension);
        int from = in.pos() + wordBytes + 1;
        int to = Math.min(in.limit(), from + Float.BYTES * dimension);
        for (int i = from; i < to; i++) {
            int c = in.buf()[i] & 0xFF;
            if ((c < 0x20 || c > 0x7E) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the first records with the reader itself. A bad first record means the layout is not what the header
     * promised and fails here; a later bad record is left to the reader, which can skip it.
     */
    private static EmbeddingProfile sampleBinary(EmbeddingProfile profile) throws IOException, EmbeddingFormatException {
        List<String> words = new ArrayList<>();
        try (EmbeddingReader reader = EmbeddingReader.open(profile, ReadOptions.fromStart(false))) {
            for (EmbeddingRecord r; words.size() < SAMPLE_WORDS && (r = reader.next()) != null; ) {
                words.add(r.word());
            }
        } catch (EmbeddingFormatException e) {
            if (words.isEmpty()) {
                throw e;
            }
        }
        return new EmbeddingProfile(profile.file(), profile.format(), profile.dimension(), profile.declaredCount(),
                profile.estimatedCount(), profile.fileBytes(), profile.encoding(), profile.crlf(), words);
    }

    /**
     * Samples the first lines from the read position: each must be UTF-8; the dimension is the header's
     * or else the most frequent one; then three quarters of them must parse.
     *
     * @param dimension the header's, or -1 for none
     * @param count     the header's, or -1 for none
     */
    private static EmbeddingProfile sampleText(Path file, long size, boolean crlf, FileBytes in, EmbeddingFormat format,
            int dimension, long count) throws IOException, EmbeddingFormatException {
        long firstLine = format.hasHeader() ? 2 : 1;
        List<byte[]> lines = new ArrayList<>();
        long dataStart = in.offset();
        long line = firstLine - 1;
        boolean wholeFile = false;
        while (lines.size() < SAMPLE_LINES) {
            int end = in.lineEnd(line + 1);
            if (end == FileBytes.END && in.pos() == in.limit()) {
                wholeFile = true;
                break;
            }
            int lineEnd = end == FileBytes.END ? in.limit() : end;
            line++;
            byte[] text = Arrays.copyOfRange(in.buf(), in.pos(), lineEnd);
            in.consumeTo(Math.min(lineEnd + 1, in.limit()));
            requireText(file, line, text);
            if (TextLineParser.columns(text, 0, text.length) > 0) {
                lines.add(text);
            } else {
                lines.add(null);    // blank: kept for the line numbers
            }
        }
        long sampledBytes = in.offset() - dataStart;
        long sampledLines = line - firstLine + 1;
        int rows = (int) lines.stream().filter(Objects::nonNull).count();
        if (rows == 0) {
            throw new EmbeddingFormatException(file, format.hasHeader() ? 2 : 0, format.hasHeader()
                    ? "the header declares " + count + " vectors but no row follows it" : "the file has no embedding lines, only blank ones");
        }
        int common = mostCommonNumberCount(lines);
        if (dimension < 0) {
            if (common < 1) {
                throw new EmbeddingFormatException(file, firstLine + firstRow(lines), "no numbers after the word; expected"
                        + " 'word v1 v2 … vD' per line (GloVe, word2vec or fastText text) or a word2vec binary file");
            }
            dimension = Math.min(common, MAX_DIMENSION);
        }
        TextLineParser parser = new TextLineParser(dimension);
        float[] vector = new float[dimension];
        List<String> words = new ArrayList<>();
        int bad = 0;
        EmbeddingFormatException firstBad = null;
        for (int i = 0; i < lines.size(); i++) {
            byte[] text = lines.get(i);
            if (text == null) {
                continue;
            }
            if (parser.parse(text, 0, text.length, vector) == TextLineParser.Outcome.RECORD) {
                if (words.size() < SAMPLE_WORDS) {
                    words.add(parser.word());
                }
            } else {
                bad++;
                if (firstBad == null) {
                    String problem = parser.problem();
                    if (format.hasHeader() && common != dimension) {
                        problem += "; the header on line 1 declares " + dimension + " dimensions but the rows have " + common;
                    }
                    firstBad = new EmbeddingFormatException(file, firstLine + i, problem);
                }
            }
        }
        if (bad * 4 > rows) {
            throw firstBad;
        }
        long estimate = count >= 0 ? count
                : wholeFile ? rows - bad : Math.max(1, Math.round((double) (size - dataStart) * sampledLines / sampledBytes));
        return new EmbeddingProfile(file, format, dimension, count, estimate, size, "UTF-8", crlf, words);
    }

    private static void requireText(Path file, long line, byte[] text) throws EmbeddingFormatException {
        int bad = Utf8.firstInvalid(text, 0, text.length);
        if (bad < 0) {
            for (int i = 0; i < text.length; i++) {
                if (text[i] == 0) {
                    bad = i;
                    break;
                }
            }
        }
        if (bad >= 0) {
            throw new EmbeddingFormatException(file, line, String.format("not UTF-8 text (byte 0x%02X at column %d); an"
                    + " embedding file must be UTF-8 text (GloVe, word2vec text, fastText .vec) or word2vec binary with"
                    + " its 'N D' header line; convert other encodings first (e.g. iconv -f latin1 -t utf-8)",
                    text[bad] & 0xFF, bad + 1));
        }
    }

    /** The most frequent count of numbers after the word among the sampled rows (the first seen wins a tie). */
    private static int mostCommonNumberCount(List<byte[]> lines) {
        Map<Integer, Integer> frequency = new HashMap<>();
        int best = -1;
        int bestFrequency = 0;
        for (byte[] text : lines) {
            if (text == null) {
                continue;
            }
            int numbers = TextLineParser.columns(text, 0, text.length) - 1;
            int f = frequency.merge(numbers, 1, Integer::sum);
            if (f > bestFrequency) {
                best = numbers;
                bestFrequency = f;
            }
        }
        return best;
    }

    private static int firstRow(List<byte[]> lines) {
        int i = 0;
        while (lines.get(i) == null) {
            i++;
        }
        return i;
    }
}
