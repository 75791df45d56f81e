package io.neurograph.tiro.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.PrintWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Where a command writes: human text by default, one JSON document with {@code --json}. */
public final class CliOutput {
    /**
     * Paths print as plain file names (not file: URIs); an Optional prints as its value or null; a Duration
     * as seconds.
     */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule("tiro-cli")
                    .addSerializer(Path.class, ToStringSerializer.instance)
                    .addSerializer(new OptionalSerializer())
                    .addSerializer(new SecondsSerializer()));

    private static final class SecondsSerializer extends StdSerializer<Duration> {
        SecondsSerializer() {
            super(Duration.class);
        }

        @Override
        public void serialize(Duration value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.toNanos() / 1e9);
        }
    }

    private static final class OptionalSerializer extends StdSerializer<Optional<?>> {
        OptionalSerializer() {
            super(Optional.class, false);
        }

        @Override
        public void serialize(Optional<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isPresent()) {
                provider.defaultSerializeValue(value.get(), gen);
            } else {
                gen.writeNull();
            }
        }
    }

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    public CliOutput(PrintWriter out, PrintWriter err, boolean json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    public boolean json() {
        return json;
    }

    /** Prints {@code value} as JSON when asked for, else the human text. */
    public void result(Object value, String human) {
        if (json) {
            out.println(toJson(value));
        } else {
            out.println(human);
        }
        out.flush();
    }

    /** Like {@link #result} for a value that is already a JSON document. */
    public void jsonOrText(String jsonDocument, String human) {
        out.println(json ? jsonDocument : human);
        out.flush();
    }

    /** A line of human text; suppressed in JSON mode so the output stays one parseable document. */
    public void line(String text) {
        if (!json) {
            out.println(text);
            out.flush();
        }
    }

    /** Progress goes to stderr so it never mixes with results. */
    public void progress(String text) {
        err.println(text);
        err.flush();
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
