package io.neurograph.tiro.app.cli;

import io.neurograph.engine.Engine;
import io.neurograph.engine.intuition.CycleReport;
import io.neurograph.engine.intuition.ExperienceStats;
import io.neurograph.engine.intuition.IntuitionStats;
import io.neurograph.engine.intuition.SlowPathStats;
import io.neurograph.engine.module.ModuleId;
import io.neurograph.engine.reflex.ReflexStats;
import java.util.Locale;
import picocli.CommandLine.Command;

@Command(name = "intuition", description = "The IntuitionEngine: what it has experienced and learned.",
        subcommands = {IntuitionCommands.Stats.class, IntuitionCommands.Cycle.class})
final class IntuitionCommands {

    @Command(name = "stats", description = "Experience window, slow path (patterns, proposals, policies) and "
            + "reflex fast path (hits, reflexes, hash shift).")
    static final class Stats extends EngineCommand {
        Stats(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            IntuitionStats s = engine.intuition().stats();
            String off = engine.moduleSwitches().isEnabled(ModuleId.INTUITION_ENGINE) ? ""
                    : "Disabled: the IntuitionEngine records and learns nothing until: tiro modules enable "
                    + ModuleId.INTUITION_ENGINE.key() + "\n";
            out.result(s, off + text(s));
        }

        static String text(IntuitionStats s) {
            ExperienceStats e = s.experience();
            SlowPathStats p = s.slowPath();
            ReflexStats r = s.reflex();
            return String.format(Locale.ROOT, """
                    Experience   %d events in the window (capacity %d), %d written in all
                                 feedback %d positive, %d negative; %d fully appraised
                                 rewards: homeostasis %d, curiosity %d, efficiency %d, goal %d
                    Slow path    %d cycles (mean %.2f ms): %d patterns, %d proposals sent, %d accepted, %d rejected
                                 %d learned policies; %d connection updates, %d refused
                    Fast path    %d hits, %d misses (hit rate %.1f %%), mean lookup %.0f ns
                                 %d reflexes (%d created, %d evicted), hash shift %d (%d adjustments)""",
                    e.size(), e.capacity(), e.totalWritten(), e.positiveFeedback(), e.negativeFeedback(),
                    e.fullyAppraised(), e.homeostasisRewards(), e.curiosityRewards(), e.efficiencyRewards(),
                    e.goalRewards(), p.cycles(), p.avgCycleNanos() / 1e6, p.patternsFound(), p.proposalsSent(),
                    p.proposalsAccepted(), p.proposalsRejected(), p.policies(), p.connectionUpdates(),
                    p.connectionRefusals(), r.fastPathHits(), r.fastPathMisses(), 100 * r.hitRate(),
                    r.avgFastPathTimeNs(), r.totalReflexes(), r.reflexesCreated(), r.evicted(),
                    r.currentShiftDefault(), r.shiftAdjustments());
        }
    }

    @Command(name = "cycle", description = "Run one slow-path cycle now: find patterns in the experience and "
            + "send the confident ones, through the Guardian, as proposals.")
    static final class Cycle extends EngineCommand {
        Cycle(CliSession session) {
            super(session);
        }

        @Override
        protected void run(Engine engine, CliOutput out) {
            CycleReport r = engine.intuition().runCycle();
            if (r.skipped()) {
                out.result(r, "Skipped: the IntuitionEngine is disabled (tiro modules enable intuition_engine)");
                return;
            }
            out.result(r, String.format(Locale.ROOT,
                    "Sampled %d events in %.2f ms: %d patterns, %d proposals sent, %d connection changes, %d refused",
                    r.sampled(), r.nanos() / 1e6, r.patterns().size(), r.sent().size(), r.connectionChanges().size(),
                    r.connectionRefusals().size()));
        }
    }
}
