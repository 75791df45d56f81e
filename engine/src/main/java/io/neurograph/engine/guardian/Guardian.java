package io.neurograph.engine.guardian;

import io.neurograph.engine.cdna.Cdna;
import io.neurograph.engine.cdna.CdnaFlags;
import io.neurograph.engine.cdna.CdnaManager;
import io.neurograph.engine.connection.Connection;
import io.neurograph.engine.connection.ConnectionType;
import io.neurograph.engine.connection.Mutability;
import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.event.EventBus;
import io.neurograph.engine.guardian.QuotaExceededException.Resource;
import io.neurograph.engine.metrics.EngineMetrics;
import io.neurograph.engine.token.Token;
import io.neurograph.engine.util.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The constitutional validator: checks every token and connection write against the CDNA currently in
 * force, enforces resource quotas, and does the bookkeeping after writes (metrics, quarantine
 * metrics and {@link CdnaManager#tick()}). Stores call it; it does not call them. Validation is
 * skipped entirely when {@link GuardianConfig#enableValidation()} or the CDNA's ENABLE_VALIDATION
 * flag is off. The settings can be replaced while the engine runs ({@link #reconfigure}); each check reads them once.
 * Thread-safe.
 */
public final class Guardian {
    private volatile GuardianConfig config;
    private final CdnaManager cdna;
    private final EventBus bus;
    private final EngineMetrics metrics;
    private final MemoryProbe memory;
    private final Clock clock;
    private final AtomicLong tokensValidated = new AtomicLong();
    private final AtomicLong tokensRejected = new AtomicLong();
    private final AtomicLong connectionsValidated = new AtomicLong();
    private final AtomicLong connectionsRejected = new AtomicLong();
    private final AtomicLong quotaExceeded = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();

    public Guardian(GuardianConfig config, CdnaManager cdna, EventBus bus, EngineMetrics metrics, MemoryProbe memory,
            Clock clock) {
        this.config = config;
        this.cdna = cdna;
        this.bus = bus;
        this.metrics = metrics;
        this.memory = memory;
        this.clock = clock;
    }

    /** The settings in force. */
    public GuardianConfig config() {
        return config;
    }

    /**
     * Puts {@code next} in force for every later check (quotas, validation, events); a check under way finishes with
     * the settings it started with.
     */
    public void reconfigure(GuardianConfig next) {
        config = Objects.requireNonNull(next, "next");
    }

    // ---- validation -----------------------------------------------------------------------------

    /** Broken rules of the CDNA in force; empty when the token may be written or validation is off. */
    public List<ValidationError> validateToken(Token token) {
        Cdna c = cdna.current();
        if (!validating(c)) {
            return List.of();
        }
        long start = System.nanoTime();
        List<ValidationError> errors = new ArrayList<>();
        float w = token.weight();
        if (Float.isNaN(w)) {
            errors.add(new ValidationError("weight", "weight is NaN", w));
        } else if (w < c.minTokenWeight() || w > c.maxTokenWeight()) {
            errors.add(outside("weight", w, c.minTokenWeight(), c.maxTokenWeight(), "min/max_token_weight"));
        }
        int radius = token.fieldRadiusRaw();
        if (radius < c.minFieldRadius() || radius > c.maxFieldRadius()) {
            errors.add(outside("field_radius", radius, c.minFieldRadius(), c.maxFieldRadius(),
                    "min/max_field_radius (raw u8, value × 100)"));
        }
        int strength = token.fieldStrengthRaw();
        if (strength < c.minFieldStrength() || strength > c.maxFieldStrength()) {
            errors.add(outside("field_strength", strength, c.minFieldStrength(), c.maxFieldStrength(),
                    "min/max_field_strength (raw u8, value × 255)"));
        }
        tokensValidated.incrementAndGet();
        if (!errors.isEmpty()) {
            tokensRejected.incrementAndGet();
            announce(c, EngineEvent.Subject.TOKEN, token.id(), errors);
        }
        metrics.tokenValidated(errors.isEmpty(), System.nanoTime() - start);
        return errors;
    }

    /** Broken rules of the CDNA in force; empty when the connection may be written or validation is off. */
    public List<ValidationError> validateConnection(Connection connection) {
        Cdna c = cdna.current();
        if (!validating(c)) {
            return List.of();
        }
        long start = System.nanoTime();
        List<ValidationError> errors = new ArrayList<>();
        int type = connection.type();
        if (type > ConnectionType.MAX_CODE) {
            errors.add(new ValidationError("connection_type",
                    String.format("connection_type 0x%02X is not defined (0x00..0xAF)", type), type));
        } else if (!c.isConnectionTypeAllowed(type)) {
            errors.add(new ValidationError("connection_type", String.format(
                    "connection_type 0x%02X (%s) is not in allowed_connection_types", type,
                    ConnectionType.of(type).title()), type));
        }
        float pull = connection.pullStrength();
        if (Float.isNaN(pull)) {
            errors.add(new ValidationError("pull_strength", "pull_strength is NaN", pull));
        } else if (pull < c.minConnectionWeight() || pull > c.maxConnectionWeight()) {
            errors.add(outside("pull_strength", pull, c.minConnectionWeight(), c.maxConnectionWeight(),
                    "min/max_connection_weight"));
        }
        float rigidity = connection.rigidity() / 255f;
        if (rigidity < c.minRigidity() || rigidity > c.maxRigidity()) {
            errors.add(outside("rigidity", rigidity, c.minRigidity(), c.maxRigidity(), "min/max_rigidity (raw / 255)"));
        }
        connectionsValidated.incrementAndGet();
        if (!errors.isEmpty()) {
            connectionsRejected.incrementAndGet();
            announce(c, EngineEvent.Subject.CONNECTION,
                    EngineEvent.ValidationFailed.pairKey(connection.tokenA(), connection.tokenB()), errors);
        }
        metrics.connectionValidated(errors.isEmpty(), System.nanoTime() - start);
        return errors;
    }

    /**
     * The rules a connection must meet to become a fast-path reflex (upstream validate_reflex; no
     * events, no counters): confidence ≥ 128, not a Hypothesis, 0 ≤ pull_strength ≤ 100, rigidity ≥
     * 0.5, two distinct tokens. Upstream demanded pull &gt; 0, which refuses every connection built with
     * the default pull of 0, so no reflex could ever form; we refuse only repulsive (negative) and NaN pulls.
     */
    public List<ValidationError> validateReflex(Connection connection) {
        List<ValidationError> errors = new ArrayList<>();
        if (connection.confidence() < 128) {
            errors.add(new ValidationError("confidence", "confidence " + connection.confidence()
                    + " is below 128, the least a reflex needs", connection.confidence()));
        }
        if (connection.mutability() == Mutability.HYPOTHESIS) {
            errors.add(new ValidationError("mutability", "a Hypothesis cannot become a reflex; promote it first",
                    connection.mutability().code()));
        }
        float pull = connection.pullStrength();
        if (!(pull >= 0 && pull <= 100)) {
            errors.add(new ValidationError("pull_strength", "pull_strength " + pull + " is outside [0, 100] for a reflex",
                    pull));
        }
        if (connection.rigidity() / 255f < 0.5f) {
            errors.add(new ValidationError("rigidity", "rigidity " + connection.rigidity() / 255f
                    + " is below 0.5, the least a reflex needs", connection.rigidity() / 255f));
        }
        if (connection.tokenA() == connection.tokenB()) {
            errors.add(new ValidationError("token_b", "a reflex cannot link token " + connection.tokenA() + " to itself",
                    connection.tokenB()));
        }
        return errors;
    }

    /** @throws GuardianRejectedException listing every broken rule, naming the token by its id */
    public void requireValidToken(Token token) {
        requireValidToken(token, "Token " + token.id());
    }

    /**
     * @param subject how the message names the token, e.g. "The new token" for one that does not exist yet (its
     *     planned id would name a token nobody ever sees)
     * @throws GuardianRejectedException listing every broken rule
     */
    public void requireValidToken(Token token, String subject) {
        List<ValidationError> errors = validateToken(token);
        if (!errors.isEmpty()) {
            throw new GuardianRejectedException(subject, errors);
        }
    }

    /** @throws GuardianRejectedException listing every broken rule */
    public void requireValidConnection(Connection connection) {
        List<ValidationError> errors = validateConnection(connection);
        if (!errors.isEmpty()) {
            throw new GuardianRejectedException(
                    "Connection " + connection.tokenA() + "↔" + connection.tokenB(), errors);
        }
    }

    private boolean validating(Cdna c) {
        return config.enableValidation() && c.hasFlag(CdnaFlags.ENABLE_VALIDATION);
    }

    private void announce(Cdna c, EngineEvent.Subject subject, long id, List<ValidationError> errors) {
        if (config.enableEvents() && c.hasFlag(CdnaFlags.ENABLE_EVENTS)) {
            bus.publish(new EngineEvent.ValidationFailed(subject, id,
                    errors.stream().map(ValidationError::message).toList(), clock.nowSeconds()));
        }
    }

    private static ValidationError outside(String field, double value, double min, double max, String rule) {
        return new ValidationError(field, field + " " + value + " is outside [" + min + ", " + max + "] set by "
                + rule, value);
    }

    // ---- quotas ---------------------------------------------------------------------------------

    /** @throws QuotaExceededException when {@code count} more tokens would break the token or memory quota */
    public void checkTokenQuota(int count) {
        OptionalLong maxTokens = config.maxTokens();
        if (maxTokens.isPresent()) {
            long max = maxTokens.getAsLong();
            long now = tokens.get();
            if (now + count > max) {
                throw exceeded(Resource.TOKENS, now, max, "Token quota reached: " + now + " stored, " + count
                        + " more would exceed max_tokens " + max + "; delete tokens or raise the quota");
            }
        }
        checkMemory();
    }

    /** @throws QuotaExceededException when memory use is at or beyond the quota threshold */
    public void checkConnectionQuota() {
        checkMemory();
    }

    /** True when aggressive cleanup is enabled and memory use reached the threshold. */
    public boolean shouldTriggerAggressiveCleanup() {
        GuardianConfig c = config;
        return c.enableAggressiveCleanup() && c.maxMemoryBytes().isPresent()
                && measureMemory() >= c.memoryThreshold() * c.maxMemoryBytes().getAsLong();
    }

    private static final String MEMORY_ADVICE = "give the JVM more memory (java -Xmx, or Settings → Maximum heap"
            + " in the desktop app) or delete data";

    private void checkMemory() {
        GuardianConfig c = config;
        if (c.maxMemoryBytes().isEmpty()) {
            return;
        }
        long max = c.maxMemoryBytes().getAsLong();
        long used = measureMemory();
        if (used >= c.memoryThreshold() * max) {
            // a heap reading counts garbage too: refuse only if the memory is still in use once it settles
            memory.settle();
            used = measureMemory();
        }
        if (used >= max) {
            throw exceeded(Resource.MEMORY, used, max, String.format(
                    "Memory quota reached: %s of %s in use; %s", size(used), size(max), MEMORY_ADVICE));
        }
        if (used >= c.memoryThreshold() * max) {
            throw exceeded(Resource.MEMORY, used, max, String.format(
                    "Memory use %s is at %.1f %% of the %s quota, above the %.0f %% threshold; %s",
                    size(used), 100.0 * used / max, size(max), 100 * c.memoryThreshold(), MEMORY_ADVICE));
        }
    }

    private static String size(long bytes) {
        return bytes < 1 << 20 ? bytes + " bytes" : (bytes >> 20) + " MiB";
    }

    private QuotaExceededException exceeded(Resource r, long current, long limit, String message) {
        quotaExceeded.incrementAndGet();
        metrics.quotaExceeded();
        return new QuotaExceededException(r, current, limit, message);
    }

    /** Reads memory and passes the reading to the metrics and to a quarantine trial. */
    private long measureMemory() {
        long used = memory.usedBytes(tokens.get(), connections.get());
        metrics.memory(used, usagePercent(used));
        cdna.recordMemory(used);
        return used;
    }

    // ---- write bookkeeping ----------------------------------------------------------------------

    public void recordTokensCreated(int count, long elapsedNanos) {
        tokens.addAndGet(count);
        metrics.tokenCreated(count, elapsedNanos);
        cdna.recordTokenCreated(count);
        cdna.tick();
    }

    public void recordTokensDeleted(int count) {
        tokens.addAndGet(-count);
        metrics.tokenDeleted(count);
        cdna.recordTokenDeleted(count);
        cdna.tick();
    }

    public void recordConnectionsCreated(int count, long elapsedNanos) {
        connections.addAndGet(count);
        metrics.connectionCreated(count, elapsedNanos);
        cdna.tick();
    }

    public void recordConnectionsDeleted(int count) {
        connections.addAndGet(-count);
        metrics.connectionDeleted(count);
        cdna.recordConnectionDeleted(count);
        cdna.tick();
    }

    /** Sets the stored counts outright, e.g. after the data folder was reopened. */
    public void restoreCounts(long tokenCount, long connectionCount) {
        tokens.set(tokenCount);
        connections.set(connectionCount);
        metrics.activeCounts(tokenCount, connectionCount);
    }

    /** Counters plus a fresh memory reading (which also refreshes the memory gauges). */
    public GuardianStats stats() {
        long used = measureMemory();
        return new GuardianStats(tokensValidated.get(), tokensRejected.get(), connectionsValidated.get(),
                connectionsRejected.get(), tokens.get(), connections.get(), quotaExceeded.get(), used,
                usagePercent(used));
    }

    /** Percentage of the memory quota, 0 when there is none. */
    private double usagePercent(long used) {
        OptionalLong max = config.maxMemoryBytes();
        return max.isPresent() ? 100.0 * used / max.getAsLong() : 0;
    }

    /** Zeroes the validation counters (not the stored counts). */
    public void resetStats() {
        tokensValidated.set(0);
        tokensRejected.set(0);
        connectionsValidated.set(0);
        connectionsRejected.set(0);
    }
}
