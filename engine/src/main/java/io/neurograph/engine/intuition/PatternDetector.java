package io.neurograph.engine.intuition;

import io.neurograph.engine.experience.ExperienceEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds actions that do better than others in the same state cell (upstream §7.4): events are grouped
 * by (cell, action = event_type code); for every pair of actions of a cell that both have at least
 * {@code minSamples} events and whose mean rewards differ by at least {@code minRewardDelta}, the
 * confidence is {@code min(1, t / 3)} with {@code t = Δ / sqrt(va/na + vb/nb)} (sample variances).
 * Patterns come out sorted by confidence × Δ, largest first.
 *
 * <p>Differences from upstream: when both variances are 0 the difference is certain, so the
 * confidence is 1 (upstream returned 0, so perfectly consistent evidence could never be proposed);
 * events with a non-finite reward and the slow path's own proposal bookkeeping events (type codes
 * 0x04xx) are ignored.
 */
public record PatternDetector(StateBins bins, int minSamples, double minRewardDelta) {

    public PatternDetector {
        if (minSamples < 2) {
            throw new IllegalArgumentException("minSamples must be ≥ 2 (a variance needs two samples), got " + minSamples);
        }
        if (!(minRewardDelta >= 0)) {
            throw new IllegalArgumentException("minRewardDelta must be ≥ 0, got " + minRewardDelta);
        }
    }

    /** Running mean and sum of squared deviations (Welford), for one action in one cell. */
    private static final class Moments {
        int n;
        double mean;
        double m2;

        void add(double x) {
            n++;
            double d = x - mean;
            mean += d / n;
            m2 += d * (x - mean);
        }

        double variance() {
            return m2 / (n - 1);
        }
    }

    public List<IdentifiedPattern> find(List<ExperienceEvent> events) {
        Map<Long, Map<Integer, Moments>> cells = new TreeMap<>();
        for (ExperienceEvent e : events) {
            double reward = e.totalReward();
            if (!Double.isFinite(reward) || isBookkeeping(e.typeCode())) {
                continue;
            }
            cells.computeIfAbsent(bins.binOf(e.state()), k -> new TreeMap<>())
                    .computeIfAbsent(e.typeCode(), k -> new Moments()).add(reward);
        }
        List<IdentifiedPattern> patterns = new ArrayList<>();
        cells.forEach((bin, actions) -> {
            List<Map.Entry<Integer, Moments>> list = new ArrayList<>(actions.entrySet());
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    compare(bin, list.get(i), list.get(j), patterns);
                }
            }
        });
        patterns.sort(Comparator.comparingDouble((IdentifiedPattern p) -> p.confidence() * p.rewardDelta()).reversed());
        return patterns;
    }

    private void compare(long bin, Map.Entry<Integer, Moments> a, Map.Entry<Integer, Moments> b,
                         List<IdentifiedPattern> out) {
        Moments ma = a.getValue();
        Moments mb = b.getValue();
        if (ma.n < minSamples || mb.n < minSamples) {
            return;
        }
        double delta = Math.abs(ma.mean - mb.mean);
        if (delta < minRewardDelta || delta == 0) {
            return;
        }
        double se = Math.sqrt(ma.variance() / ma.n + mb.variance() / mb.n);
        double confidence = se == 0 ? 1.0 : Math.min(1.0, delta / se / 3.0);
        boolean aBetter = ma.mean > mb.mean;
        out.add(new IdentifiedPattern(bin, aBetter ? a.getKey() : b.getKey(), aBetter ? b.getKey() : a.getKey(), delta,
                confidence, ma.n + mb.n));
    }

    /** ProposalGenerated/Accepted/Rejected: the slow path's log, not experience. */
    static boolean isBookkeeping(int typeCode) {
        return (typeCode & 0xFF00) == 0x0400;
    }
}
