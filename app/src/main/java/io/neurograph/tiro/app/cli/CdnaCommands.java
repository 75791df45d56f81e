package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import io.neurograph.engine.cdna.Cdna;
import io.neurograph.engine.cdna.CdnaHistoryEntry;
import io.neurograph.engine.cdna.CdnaJson;
import io.neurograph.engine.cdna.CdnaJsonException;
import io.neurograph.engine.cdna.CdnaValidation;
import io.neurograph.engine.cdna.ProfileId;
import io.neurograph.engine.cdna.QuarantineLimits;
import io.neurograph.engine.cdna.QuarantineOutcome;
import io.neurograph.engine.cdna.QuarantineStatus;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.util.LittleEndian;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cdna", description = "The constitution: dimension scales, limits, profiles, history, quarantine trials.",
        subcommands = {CdnaCommands.Show.class, CdnaCommands.Set.class, CdnaCommands.Profile.class,
            CdnaCommands.Validate.class, CdnaCommands.History.class, CdnaCommands.Rollback.class,
            CdnaCommands.Quarantine.class, CdnaCommands.Export.class, CdnaCommands.Import.class})
final class CdnaCommands {

    static String summary(Cdna c) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Profile   %s (CDNA v%d.%d, checksum %016x)%n", c.profile().key(), c.versionMajor(),
                c.versionMinor(), c.checksum()));
        sb.append(String.format("Modified  %s%n", Instant.ofEpochSecond(c.modifiedAt())));
        sb.append("Space        scale   bucket\n");
        for (int d = 0; d < 8; d++) {
            CoordinateSpace s = CoordinateSpace.of(d);
            sb.append(String.format("%-3s %-9s %6.2f  %7.3f%n", s.code(), s.title(), c.dimensionScale(d), c.bucketSize(d)));
        }
        return sb.toString().stripTrailing();
    }

    static String describe(CdnaValidation v) {
        return v.issues().isEmpty() ? "Valid: no errors or warnings" : v.describe();
    }

    @Command(name = "show", description = "Show the active CDNA.")
    static final class Show extends EngineCommand {
        @Option(names = "--raw", description = "Print the 384-byte record as 768 hex characters.")
        boolean raw;

        Show(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            Cdna c = engine.cdna().current();
            if (raw) {
                String hex = LittleEndian.hex(c.toBytes());
                out.result(Map.of("raw", hex), hex);
            } else {
                out.jsonOrText(CdnaJson.toJson(c), summary(c));
            }
        }
    }

    @Command(name = "set", description = "Set the eight dimension scales of the active CDNA.")
    static final class Set extends EngineCommand {
        @Option(names = "--scales", required = true, converter = Converters.Scales.class, paramLabel = "S1,…,S8",
                description = "Eight scales separated by commas, one per coordinate space L1 … L8.")
        Converters.ScaleList scales;

        Set(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            Cdna c = engine.cdna().setScales(scales.values());
            CdnaValidation v = c.validate();
            out.jsonOrText(CdnaJson.toJson(c), "Applied.\n" + summary(c) + "\n" + describe(v));
        }
    }

    @Command(name = "profile", description = "Switch to a profile preset: default, explorer, analyst, creative.")
    static final class Profile extends EngineCommand {
        @Parameters(paramLabel = "NAME", converter = Converters.Profile.class,
                description = "default, explorer, analyst or creative.")
        ProfileId profile;

        Profile(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            Cdna c = engine.cdna().switchProfile(profile);
            out.jsonOrText(CdnaJson.toJson(c), "Switched to " + profile.key() + ".\n" + summary(c));
        }
    }

    @Command(name = "validate", description = "Check scales without applying them; exits 1 when they have errors.")
    static final class Validate extends EngineCommand {
        @Option(names = "--scales", required = true, converter = Converters.Scales.class, paramLabel = "S1,…,S8",
                description = "Eight scales separated by commas, one per coordinate space L1 … L8.")
        Converters.ScaleList scales;

        Validate(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            CdnaValidation v = Cdna.validateScales(scales.values());
            out.result(v, describe(v));
            if (!v.isValid()) {
                throw new IllegalArgumentException("the scales are not valid (" + v.errors().size() + " errors)");
            }
        }
    }

    @Command(name = "history", description = "Earlier CDNA versions, newest first.")
    static final class History extends EngineCommand {
        History(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            List<CdnaHistoryEntry> h = engine.cdna().history();
            List<Map<String, Object>> rows = h.stream().map(e -> Map.<String, Object>of("savedAt", e.savedAt(),
                    "profile", e.cdna().profile().key(), "checksum", String.format("%016x", e.cdna().checksum()),
                    "scales", e.cdna().dimensionScales())).toList();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < h.size(); i++) {
                Cdna c = h.get(i).cdna();
                sb.append(String.format("%3d  %s  %-9s %016x%n", i + 1, Instant.ofEpochSecond(h.get(i).savedAt()),
                        c.profile().key(), c.checksum()));
            }
            sb.append(h.size()).append(" earlier versions");
            out.result(rows, sb.toString());
        }
    }

    @Command(name = "rollback", description = "Return to the previous CDNA.")
    static final class Rollback extends EngineCommand {
        Rollback(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            Cdna c = engine.cdna().rollback();
            out.jsonOrText(CdnaJson.toJson(c), "Rolled back.\n" + summary(c));
        }
    }

    @Command(name = "export", description = "Write the active CDNA as JSON to FILE.")
    static final class Export extends EngineCommand {
        @Parameters(paramLabel = "FILE", description = "The JSON file to write (replaced if it exists).")
        Path file;

        Export(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) throws IOException {
            Files.writeString(file, engine.cdna().exportJson(), StandardCharsets.UTF_8);
            out.result(Map.of("file", file.toAbsolutePath().toString()), "Wrote " + file);
        }
    }

    @Command(name = "import", description = "Read a CDNA from a JSON file, validate it and apply it.")
    static final class Import extends EngineCommand {
        @Parameters(paramLabel = "FILE", description = "The JSON file to read, as `cdna export` writes it.")
        Path file;

        Import(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) throws IOException {
            String json;
            try {
                json = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("No such file: " + file);
            }
            Cdna c;
            try {
                c = engine.cdna().importJson(json);
            } catch (CdnaJsonException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            }
            out.jsonOrText(CdnaJson.toJson(c), "Imported " + file + ".\n" + summary(c));
        }
    }

    @Command(name = "quarantine", description = "Try a CDNA on trial: start, status, accept, rollback.",
            subcommands = {QuarantineStart.class, QuarantineStatusCommand.class, QuarantineAccept.class,
                QuarantineRollback.class})
    static final class Quarantine {
    }

    static String describe(QuarantineStatus s) {
        return String.format("Trial %s: %d of %d s left%n  token churn %d (limit %d)%n  connection breaks %d (limit %d)"
                        + "%n  memory growth %d MiB (limit %d MiB)", s.phase(), s.remainingSeconds(), s.durationSeconds(),
                s.metrics().tokenChurn(), s.limits().maxTokenChurn(), s.metrics().connectionBreaks(),
                s.limits().maxConnectionBreaks(), s.metrics().memoryGrowthBytes() >> 20,
                s.limits().maxMemoryGrowthBytes() >> 20);
    }

    static String describe(QuarantineOutcome o) {
        if (o.accepted()) {
            return "Accepted";
        }
        return "Rolled back" + (o.reason() == null ? "" : ": " + o.reason());
    }

    @Command(name = "start", description = "Put a candidate CDNA in force on trial.")
    static final class QuarantineStart extends EngineCommand {
        @ArgGroup(multiplicity = "1")
        Candidate candidate;

        static final class Candidate {
            @Option(names = "--scales", converter = Converters.Scales.class, paramLabel = "S1,…,S8",
                    description = "The active CDNA with these scales.")
            Converters.ScaleList scales;

            @Option(names = "--profile", converter = Converters.Profile.class, description = "A profile preset.")
            ProfileId profile;
        }

        @Option(names = "--duration", defaultValue = "300", description = "Trial length in seconds (default ${DEFAULT-VALUE}).")
        long duration;

        @Option(names = "--max-token-churn", description = "Roll back when more tokens are created or deleted.")
        Long maxChurn;

        @Option(names = "--max-connection-breaks", description = "Roll back when more connections are deleted.")
        Long maxBreaks;

        QuarantineStart(CliSession session) {
            super(session);
        }

        @Override
        protected void checkOptions() {
            if (duration < 1) {
                throw usage("--duration must be at least 1 second, got " + duration);
            }
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            long now = engine.config().clock().nowSeconds();
            Cdna trial = candidate.profile != null
                    ? Cdna.forProfile(candidate.profile, now)
                    : engine.cdna().current().edit().dimensionScales(candidate.scales.values()).build(now);
            QuarantineLimits d = QuarantineLimits.DEFAULTS;
            QuarantineLimits limits = new QuarantineLimits(maxChurn == null ? d.maxTokenChurn() : maxChurn,
                    maxBreaks == null ? d.maxConnectionBreaks() : maxBreaks, d.maxMemoryGrowthBytes());
            engine.cdna().startQuarantine(trial, limits, duration);
            QuarantineStatus s = engine.cdna().quarantineStatus().orElseThrow();
            out.result(s, "Quarantine started.\n" + describe(s));
        }
    }

    @Command(name = "status", description = "The running trial, if any.")
    static final class QuarantineStatusCommand extends EngineCommand {
        QuarantineStatusCommand(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            Optional<QuarantineStatus> s = engine.cdna().quarantineStatus();
            out.result(s.<Object>map(x -> x).orElse(Map.of("phase", "NONE")),
                    s.map(CdnaCommands::describe).orElse("No quarantine trial is running"));
        }
    }

    @Command(name = "accept", description = "Keep the trial CDNA.")
    static final class QuarantineAccept extends EngineCommand {
        QuarantineAccept(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            QuarantineOutcome o = engine.cdna().acceptQuarantine();
            out.result(o, describe(o));
        }
    }

    @Command(name = "rollback", description = "Drop the trial CDNA and return to the one before it.")
    static final class QuarantineRollback extends EngineCommand {
        QuarantineRollback(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            QuarantineOutcome o = engine.cdna().rollbackQuarantine();
            out.result(o, describe(o));
        }
    }
}
