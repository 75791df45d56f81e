package io.neurograph.tiro.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command's first description line (the one the parent's command list shows) is a whole sentence, and every
 * option and parameter says what it is.
 */
class HelpTextTest {
    private static CommandLine tree() {
        CliSession session = new CliSession(dir -> {
            throw new AssertionError("help must not open the engine");
        }, false, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        return TiroCli.commandLine(session, CliTestSupport.NO_DESKTOP);
    }

    private static void walk(CommandLine cl, List<CommandSpec> out) {
        out.add(cl.getCommandSpec());
        cl.getSubcommands().values().forEach(sub -> {
            if (!out.contains(sub.getCommandSpec())) {
                walk(sub, out);
            }
        });
    }

    @Test
    void everyCommandListLineIsACompleteSentence() {
        List<CommandSpec> all = new ArrayList<>();
        walk(tree(), all);
        List<String> problems = new ArrayList<>();
        for (CommandSpec spec : all) {
            String[] description = spec.usageMessage().description();
            if (description.length == 0 || description[0].isBlank()) {
                problems.add(spec.qualifiedName() + ": no description");
            } else if (!description[0].strip().endsWith(".")) {
                problems.add(spec.qualifiedName() + ": first line is not a sentence: " + description[0]);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(all).hasSizeGreaterThan(40);
    }

    @Test
    void everyOptionAndParameterHasADescription() {
        List<CommandSpec> all = new ArrayList<>();
        walk(tree(), all);
        List<String> problems = new ArrayList<>();
        for (CommandSpec spec : all) {
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec arg : args) {
                if (arg.hidden()) {
                    continue;
                }
                String[] d = arg.description();
                if (d.length == 0 || String.join("", d).isBlank()) {
                    problems.add(spec.qualifiedName() + " " + (arg instanceof OptionSpec o ? o.longestName()
                            : arg.paramLabel()));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void topLevelHelpShowsWholeSentences() {
        CliTestSupport.Result r = CliTestSupport.runRaw(CliTestSupport.NO_DESKTOP, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Turn word vectors into concepts linked to their nearest words.",
                "Find the concepts nearest to a word or a sentence.",
                "Tell the engine whether a query result was right.");
        assertThat(r.out()).doesNotContain("kept in a\n", "spreading\n", "connections that\n");
    }
}
