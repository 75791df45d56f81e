package io.neurograph.tiro.app.cli;

import io.neurograph.engine.bootstrap.read.EmbeddingFormat;
import io.neurograph.engine.bootstrap.read.EmbeddingProfile;
import io.neurograph.engine.bootstrap.read.EmbeddingSniffer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "inspect", description = "Show what an embedding file holds (format, dimension, words, encoding) "
        + "without importing anything.")
final class BootstrapInspectCommand implements Callable<Integer> {
    private final CliSession session;

    @Parameters(index = "0", paramLabel = "FILE", description = "The embedding file.")
    Path file;

    BootstrapInspectCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        EmbeddingProfile p = EmbeddingSniffer.sniff(file);
        String count = p.declaredCount() >= 0 ? String.format(Locale.ROOT, "%,d (header)", p.declaredCount())
                : String.format(Locale.ROOT, "about %,d (estimated)", p.estimatedCount());
        session.output().result(p, String.format(Locale.ROOT, """
                %s
                  format     %s
                  dimension  %d
                  words      %s
                  size       %s, %s%s
                  sample     %s""", p.file(), title(p.format()), p.dimension(), count, ByteSizes.human(p.fileBytes()),
                p.encoding(), p.crlf() ? ", CRLF line ends" : "", String.join(" ", p.sampleWords())));
        return 0;
    }

    private static String title(EmbeddingFormat format) {
        return switch (format) {
            case GLOVE_TEXT -> "GloVe text (no header)";
            case WORD2VEC_TEXT -> "word2vec text";
            case WORD2VEC_BINARY -> "word2vec binary";
            case FASTTEXT_VEC -> "fastText .vec";
        };
    }
}
