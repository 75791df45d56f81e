package io.neurograph.tiro.app.cli;

import io.neurograph.engine.capsule.cgraph.CapsuleCheck;
import io.neurograph.engine.capsule.cgraph.CgraphVerifier;
import io.neurograph.engine.capsule.cgraph.VerifyReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "verify", description = {"Check the checksums of a .cgraph file.",
    "For a mini file: its index and every capsule checksum against the full file; for a full file: every capsule "
        + "and tensor checksum.",
    "Exits 0 when everything matches, 1 when something does not."})
final class VerifyCommand implements Callable<Integer> {
    private final CliSession session;

    @Parameters(index = "0", paramLabel = "FILE", description = "A .mini.cgraph or full .cgraph file.")
    Path file;

    @Option(names = "--repair", description = "Regenerate the mini file's index from the full file "
            + "(only if the full file matches its own checksums).")
    boolean repair;

    @Option(names = "--full", paramLabel = "FULL.cgraph",
            description = "With --repair: the full file's new location, if it was moved.")
    Path full;

    VerifyCommand(CliSession session) {
        this.session = session;
    }

    @Spec
    CommandSpec spec;

    /** The report with its overall verdict, for {@code --json}. */
    record Verified(boolean ok, VerifyReport report) {
    }

    @Override
    public Integer call() {
        if (full != null && !repair) {
            throw new ParameterException(spec.commandLine(), "--full names where the full file now is; it needs --repair");
        }
        VerifyReport report = !repair ? CgraphVerifier.verify(file)
                : full != null ? CgraphVerifier.repair(file, full) : CgraphVerifier.repair(file);
        StringBuilder b = new StringBuilder();
        b.append(String.format("%s%s%n", file, report.fullFile().equals(file) ? "" : " → " + report.fullFile()));
        for (CapsuleCheck c : report.capsules()) {
            b.append(String.format("  %3d %-20s %s%n", c.index(), c.name(), c.ok() ? "ok" : "MISMATCH: " + c.problem()));
        }
        report.problems().forEach(p -> b.append("  problem: ").append(p).append(System.lineSeparator()));
        report.changes().forEach(c -> b.append("  repaired: ").append(c).append(System.lineSeparator()));
        b.append(report.ok() ? "OK" : "FAILED");
        session.output().result(new Verified(report.ok(), report), b.toString());
        return report.ok() ? 0 : TiroCli.EXIT_ERROR;
    }
}
