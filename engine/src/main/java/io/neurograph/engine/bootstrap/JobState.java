package io.neurograph.engine.bootstrap;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.neurograph.engine.bootstrap.read.BadLine;
import io.neurograph.engine.bootstrap.read.EmbeddingReader;
import io.neurograph.engine.embed.DefaultModel;
import io.neurograph.engine.embed.ModelIdentity;
import io.neurograph.engine.vector.VectorEncoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The checkpoint of a bootstrap, kept as {@code <data>/bootstrap/job.json} and replaced atomically
 * after every committed batch: everything needed to resume (source identity, phase, reader position,
 * vector rows committed, next row to place or weave) and to report (counts, bad lines, PCA
 * figures, time per phase). Mutable; owned by one running job.
 */
final class JobState {
    static final String FILE_NAME = "job.json";
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    final SourceIdentity source;
    final int dimension;
    final long limit;
    final int k;
    final VectorEncoding encoding;
    /** Tokens with ids from here on were created by this job (ids are never reused). */
    final long tokenIdFloor;

    BootstrapPhase phase = BootstrapPhase.IMPORT;
    long position;
    long line;
    int rows;
    long tokensCreated;
    long existingTokens;
    long duplicates;
    long skipped;
    final List<BadLine> badLines = new ArrayList<>();
    double[] explainedVarianceRatio = new double[0];
    int sampledRows;
    int placedRows;
    String index = "";
    int wovenRows;
    long connectionsCreated;
    long connectionsSkipped;
    /** The [first, last] ids of the connections each weave batch created (consecutive per batch), to undo them. */
    final List<long[]> woven = new ArrayList<>();
    final Map<BootstrapPhase, Long> millis = new EnumMap<>(BootstrapPhase.class);

    JobState(SourceIdentity source, int dimension, long limit, int k, VectorEncoding encoding, long tokenIdFloor) {
        this.source = source;
        this.dimension = dimension;
        this.limit = limit;
        this.k = k;
        this.encoding = encoding;
        this.tokenIdFloor = tokenIdFloor;
    }

    /** Adds bad lines, keeping the first {@link EmbeddingReader#BAD_LINES_KEPT}. */
    void addBadLines(List<BadLine> lines) {
        for (BadLine bad : lines) {
            if (badLines.size() < EmbeddingReader.BAD_LINES_KEPT) {
                badLines.add(bad);
            }
        }
    }

    void addMillis(BootstrapPhase phase, long ms) {
        millis.merge(phase, ms, Long::sum);
    }

    /** Writes {@code job.json} atomically: after a crash it holds this checkpoint or the previous one. */
    void save(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ObjectNode src = root.putObject("source");
        src.put("kind", source.kind());
        src.put("path", source.path());
        src.put("size", source.size());
        src.put("modifiedMillis", source.modifiedMillis());
        src.put("sha256", source.sha256());
        if (source.model() != null) {
            src.putObject("model").put("name", source.model().name()).put("sha256", source.model().sha256());
        }
        root.put("dimension", dimension);
        root.put("limit", limit);
        root.put("k", k);
        root.put("encoding", encoding.name());
        root.put("tokenIdFloor", tokenIdFloor);
        root.put("phase", phase.key());
        root.put("position", position);
        root.put("line", line);
        root.put("rows", rows);
        root.put("tokensCreated", tokensCreated);
        root.put("existingTokens", existingTokens);
        root.put("duplicates", duplicates);
        root.put("skipped", skipped);
        ArrayNode bad = root.putArray("badLines");
        for (BadLine b : badLines) {
            bad.addObject().put("line", b.line()).put("problem", b.problem());
        }
        ArrayNode ratio = root.putArray("explainedVarianceRatio");
        for (double r : explainedVarianceRatio) {
            ratio.add(r);
        }
        root.put("sampledRows", sampledRows);
        root.put("placedRows", placedRows);
        root.put("index", index);
        root.put("wovenRows", wovenRows);
        root.put("connectionsCreated", connectionsCreated);
        root.put("connectionsSkipped", connectionsSkipped);
        ArrayNode wovenIds = root.putArray("wovenConnectionIds");
        for (long[] range : woven) {
            wovenIds.addArray().add(range[0]).add(range[1]);
        }
        ObjectNode ms = root.putObject("millis");
        millis.forEach((p, v) -> ms.put(p.key(), v));
        AtomicFiles.write(file, JSON.writeValueAsBytes(root));
    }

    /** Reads a checkpoint; a damaged or foreign file is a {@link BootstrapException} that names the field. */
    static JobState load(Path file) throws IOException, BootstrapException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JacksonException e) {
            throw damaged(file, "it is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        Fields f = new Fields(file, root);
        if (f.integer("version") != VERSION) {
            throw damaged(file, "version " + root.path("version") + " is not supported (this build writes "
                    + VERSION + ")");
        }
        Fields src = f.object("source");
        SourceIdentity source = new SourceIdentity(src.text("kind"), src.text("path"), src.integer("size"),
                src.integer("modifiedMillis"), src.text("sha256"), model(src));
        JobState s = new JobState(source, (int) f.integer("dimension"), f.integer("limit"), (int) f.integer("k"),
                f.constant("encoding", VectorEncoding.class), f.integer("tokenIdFloor"));
        s.phase = f.constant("phase", BootstrapPhase.class);
        s.position = f.integer("position");
        s.line = f.integer("line");
        s.rows = (int) f.integer("rows");
        s.tokensCreated = f.integer("tokensCreated");
        s.existingTokens = f.integer("existingTokens");
        s.duplicates = f.integer("duplicates");
        s.skipped = f.integer("skipped");
        for (JsonNode b : f.array("badLines")) {
            s.badLines.add(new BadLine(b.path("line").asLong(), b.path("problem").asText()));
        }
        JsonNode ratio = f.array("explainedVarianceRatio");
        s.explainedVarianceRatio = new double[ratio.size()];
        for (int i = 0; i < ratio.size(); i++) {
            s.explainedVarianceRatio[i] = ratio.get(i).asDouble();
        }
        s.sampledRows = (int) f.integer("sampledRows");
        s.placedRows = (int) f.integer("placedRows");
        s.index = f.text("index");
        s.wovenRows = (int) f.integer("wovenRows");
        s.connectionsCreated = f.integer("connectionsCreated");
        s.connectionsSkipped = f.integer("connectionsSkipped");
        if (root.has("wovenConnectionIds")) {   // absent in jobs from before it was kept: nothing known to undo
            for (JsonNode range : f.array("wovenConnectionIds")) {
                s.woven.add(new long[] {range.path(0).asLong(), range.path(1).asLong()});
            }
        }
        Fields ms = f.object("millis");
        for (BootstrapPhase p : BootstrapPhase.values()) {
            if (ms.node.has(p.key())) {
                s.millis.put(p, ms.integer(p.key()));
            }
        }
        return s;
    }

    /** The sentence model a vocabulary job recorded; jobs from before it was recorded used the bundled one. */
    private static ModelIdentity model(Fields src) throws BootstrapException {
        if (src.node.has("model")) {
            Fields m = src.object("model");
            return new ModelIdentity(m.text("name"), m.text("sha256"));
        }
        return VocabularySource.KIND.equals(src.text("kind")) ? DefaultModel.identity() : null;
    }

    private static BootstrapException damaged(Path file, String problem) {
        return new BootstrapException(file + " is damaged: " + problem
                + "; run the bootstrap again with --restart (the tokens stay) or use another data folder");
    }

    /** Typed access to the fields of one JSON object; a missing or mistyped field is named. */
    private record Fields(Path file, JsonNode node, String prefix) {
        Fields(Path file, JsonNode node) {
            this(file, node, "");
        }

        private JsonNode field(String name, boolean ok) throws BootstrapException {
            JsonNode v = node.get(name);
            if (v == null || !ok) {
                throw damaged(file, "field '" + prefix + name + "' is " + (v == null ? "missing" : "of the wrong type"));
            }
            return v;
        }

        long integer(String name) throws BootstrapException {
            JsonNode v = node.get(name);
            return field(name, v != null && v.canConvertToLong() && v.isIntegralNumber()).asLong();
        }

        String text(String name) throws BootstrapException {
            JsonNode v = node.get(name);
            return field(name, v != null && v.isTextual()).asText();
        }

        JsonNode array(String name) throws BootstrapException {
            JsonNode v = node.get(name);
            return field(name, v != null && v.isArray());
        }

        Fields object(String name) throws BootstrapException {
            JsonNode v = node.get(name);
            return new Fields(file, field(name, v != null && v.isObject()), prefix + name + ".");
        }

        <E extends Enum<E>> E constant(String name, Class<E> type) throws BootstrapException {
            String value = text(name);
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(value)) {
                    return e;
                }
            }
            throw damaged(file, "field '" + prefix + name + "' has the unknown value '" + value + "'");
        }
    }
}
