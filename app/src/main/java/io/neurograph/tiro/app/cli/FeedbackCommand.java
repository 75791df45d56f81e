package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import io.neurograph.engine.query.FeedbackOutcome;
import io.neurograph.engine.query.QueryFeedback;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "feedback", description = {"Tell the engine whether a query result was right.",
    "The connections that produced it learn (confidence and evidence) and the verdict becomes an experience for "
        + "the IntuitionEngine."})
final class FeedbackCommand extends EngineCommand {
    @Parameters(index = "0", paramLabel = "QUERY_ID", description = "The id `tiro query` printed, e.g. q1a2b3c4d.")
    String queryId;

    @Parameters(index = "1", paramLabel = "RESULT", description = "The result: its rank (1 = first) or its word.")
    String result;

    @ArgGroup(multiplicity = "1")
    Verdict verdict;

    static final class Verdict {
        @Option(names = "--positive", required = true, description = "The result is right.")
        boolean positive;

        @Option(names = "--negative", required = true, description = "The result is wrong.")
        boolean negative;
    }

    FeedbackCommand(CliSession session) {
        super(session);
    }

    @Override
    protected void run(Engine engine, CliOutput out) {
        FeedbackOutcome o = new QueryFeedback(engine).give(queryId, result, verdict.positive);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Recorded %s feedback on '%s' (query %s)",
                o.positive() ? "positive" : "negative", o.result().label(), o.queryId()));
        if (o.created()) {
            text.append("; no connection had produced it, so a new SimilarTo association was made");
        }
        if (o.changes().isEmpty()) {
            text.append("\n  no connection produced this result; kept as experience only");
        }
        for (FeedbackOutcome.ConnectionLearning c : o.changes()) {
            text.append(String.format(Locale.ROOT, "%n  connection %d (%s – %s): confidence %.3f → %.3f, evidence %d",
                    c.connectionId(), QueryCommand.label(engine, c.from()), QueryCommand.label(engine, c.to()),
                    c.confidenceBefore(), c.confidenceAfter(), c.evidence()));
        }
        text.append("\n  experience event #").append(o.experienceSequence());
        out.result(o, text.toString());
    }
}
