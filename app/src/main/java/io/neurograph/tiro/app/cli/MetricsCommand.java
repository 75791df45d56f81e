package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import picocli.CommandLine.Command;

@Command(name = "metrics", description = "Print the engine metrics in the Prometheus text format.")
final class MetricsCommand extends EngineCommand {
    MetricsCommand(CliSession session) {
        super(session);
    }

    @Override
    protected void run(Engine engine, CliOutput out) {
        session.out().print(engine.metrics().scrape());
        session.out().flush();
    }
}
