package io.neurograph.engine.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.neurograph.engine.cdna.Cdna;
import io.neurograph.engine.cdna.CdnaFlags;
import io.neurograph.engine.cdna.CdnaManager;
import io.neurograph.engine.cdna.QuarantineLimits;
import io.neurograph.engine.cdna.ProfileId;
import io.neurograph.engine.connection.Connection;
import io.neurograph.engine.connection.ConnectionLayout;
import io.neurograph.engine.event.EngineEvent;
import io.neurograph.engine.event.EventBus;
import io.neurograph.engine.event.Subscription;
import io.neurograph.engine.metrics.EngineMetrics;
import io.neurograph.engine.token.Token;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GuardianTest {
    private static final long T0 = 1_700_000_000L;

    private final AtomicLong now = new AtomicLong(T0);
    private final EventBus bus = new EventBus();
    private final EngineMetrics metrics = new EngineMetrics();
    private final Subscription failures = bus.subscribe(Set.of(EngineEvent.ValidationFailed.class), 50);
    private final CdnaManager cdna = new CdnaManager(Cdna.defaults(T0), 100, now::get, bus, metrics);
    private final Guardian guardian = guardian(GuardianConfig.DEFAULTS);

    private Guardian guardian(GuardianConfig config) {
        return new Guardian(config, cdna, bus, metrics, MemoryProbe.RECORD_ESTIMATE, now::get);
    }

    private static Token token(float weight) {
        return Token.builder().id(7).weight(weight).build();
    }

    @Test
    void tokensWithinTheCdnaPass() {
        assertThat(guardian.validateToken(token(0.5f))).isEmpty();
        assertThat(guardian.validateToken(Token.builder().id(8).weight(1f).fieldRadiusRaw(255).fieldStrengthRaw(255)
                .build())).isEmpty();
    }

    @Test
    void tokenRulesNameTheFieldAndRange() {
        assertThat(guardian.validateToken(token(1.5f))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("weight");
            assertThat(e.value()).isEqualTo(1.5);
            assertThat(e.message()).contains("1.5").contains("[0.0, 1.0]").contains("max_token_weight");
        });
        assertThat(guardian.validateToken(token(Float.NaN))).extracting(ValidationError::message)
                .containsExactly("weight is NaN");

        cdna.apply(cdna.current().edit().minFieldRadius(10).maxFieldRadius(100).minFieldStrength(5)
                .maxFieldStrength(200).build(T0));
        Token t = Token.builder().id(9).weight(0.1f).fieldRadius(1.5f).fieldStrengthRaw(2).build();
        assertThat(guardian.validateToken(t)).extracting(ValidationError::field)
                .containsExactly("field_radius", "field_strength");
    }

    @Test
    void connectionRules() {
        Connection ok = Connection.create(1, 2, T0);
        assertThat(guardian.validateConnection(ok)).isEmpty();

        Connection strong = Connection.create(1, 2, T0);
        strong.setPullStrength(2.5f);
        strong.setRigidity(255);
        assertThat(guardian.validateConnection(strong)).extracting(ValidationError::field)
                .containsExactly("pull_strength");

        cdna.apply(cdna.current().edit().allowedConnectionTypes(0).allowConnectionType(0x52, true).maxRigidity(0.9f)
                .build(T0));
        Connection c = Connection.create(3, 4, T0);
        c.setPullStrength(Float.NaN);
        c.setRigidity(255);
        assertThat(guardian.validateConnection(c)).extracting(ValidationError::field)
                .containsExactly("connection_type", "pull_strength", "rigidity");
        assertThat(guardian.validateConnection(c).getFirst().message()).contains("0x50").contains("AssociatedWith");

        byte[] raw = Connection.create(1, 2, T0).toBytes();
        raw[ConnectionLayout.TYPE] = (byte) 0xC0;
        assertThat(guardian.validateConnection(Connection.fromBytes(raw)).getFirst().message())
                .contains("0xC0 is not defined");
    }

    @Test
    void rejectionsThrowWithEveryErrorAndAreAnnounced() {
        Token bad = Token.builder().id(42).weight(-1f).build();
        GuardianRejectedException e = catchThrowableOfType(GuardianRejectedException.class,
                () -> guardian.requireValidToken(bad));
        assertThat(e).hasMessageStartingWith("Token 42 was rejected by the CDNA: weight -1.0");
        assertThat(e.errors()).hasSize(1);

        Connection c = Connection.create(5, 3, T0);
        c.setPullStrength(9f);
        assertThatThrownBy(() -> guardian.requireValidConnection(c)).isInstanceOf(GuardianRejectedException.class)
                .hasMessageContaining("Connection 3↔5").hasMessageContaining("pull_strength 9.0");

        EngineEvent.ValidationFailed first = (EngineEvent.ValidationFailed) failures.poll().orElseThrow();
        assertThat(first.subject()).isEqualTo(EngineEvent.Subject.TOKEN);
        assertThat(first.id()).isEqualTo(42);
        assertThat(first.timestamp()).isEqualTo(T0);
        EngineEvent.ValidationFailed second = (EngineEvent.ValidationFailed) failures.poll().orElseThrow();
        assertThat(second.subject()).isEqualTo(EngineEvent.Subject.CONNECTION);
        assertThat(second.id()).isEqualTo(EngineEvent.ValidationFailed.pairKey(3, 5));

        GuardianStats s = guardian.stats();
        assertThat(s.tokensValidated()).isEqualTo(1);
        assertThat(s.tokensRejected()).isEqualTo(1);
        assertThat(s.connectionsValidated()).isEqualTo(1);
        assertThat(s.connectionsRejected()).isEqualTo(1);
        assertThat(metrics.snapshot().tokensRejected()).isEqualTo(1);
        guardian.resetStats();
        assertThat(guardian.stats().tokensValidated()).isZero();
    }

    @Test
    void validationIsSkippedWhenDisabledByConfigOrCdna() {
        GuardianConfig off = new GuardianConfig(false, true, 10_000, 100, OptionalLong.empty(), OptionalLong.empty(),
                true, 0.8);
        assertThat(guardian(off).validateToken(token(5f))).isEmpty();

        cdna.apply(cdna.current().edit().flag(CdnaFlags.ENABLE_VALIDATION, false).build(T0));
        assertThat(guardian.validateToken(token(5f))).isEmpty();
        assertThat(guardian.stats().tokensValidated()).isZero();
    }

    @Test
    void eventsAreNotPublishedWhenTheCdnaDisablesThem() {
        cdna.apply(cdna.current().edit().flag(CdnaFlags.ENABLE_EVENTS, false).build(T0));
        assertThat(guardian.validateToken(token(5f))).hasSize(1);
        assertThat(failures.size()).isZero();
    }

    @Test
    void tokenQuota() {
        Guardian g = guardian(new GuardianConfig(true, true, 100, 100, OptionalLong.of(10), OptionalLong.empty(),
                true, 0.8));
        g.checkTokenQuota(10);
        g.recordTokensCreated(8, 1_000);
        QuotaExceededException e = catchThrowableOfType(QuotaExceededException.class, () -> g.checkTokenQuota(3));
        assertThat(e.resource()).isEqualTo(QuotaExceededException.Resource.TOKENS);
        assertThat(e.current()).isEqualTo(8);
        assertThat(e.limit()).isEqualTo(10);
        assertThat(e).hasMessageContaining("max_tokens 10");
        g.recordTokensDeleted(5);
        g.checkTokenQuota(3);
        assertThat(metrics.snapshot().quotaExceeded()).isEqualTo(1);
        assertThat(g.stats().quotaExceeded()).isEqualTo(1);
    }

    @Test
    void memoryQuotaRefusesAtTheThreshold() {
        // 64 bytes per record; 1 000-byte quota, 80 % threshold = 800 bytes = 12.5 records.
        Guardian g = guardian(new GuardianConfig(true, true, 100, 100, OptionalLong.empty(), OptionalLong.of(1_000),
                true, 0.8));
        g.recordTokensCreated(12, 0);
        g.checkConnectionQuota();
        assertThat(g.shouldTriggerAggressiveCleanup()).isFalse();
        g.recordConnectionsCreated(1, 0);
        QuotaExceededException e = catchThrowableOfType(QuotaExceededException.class, g::checkConnectionQuota);
        assertThat(e.resource()).isEqualTo(QuotaExceededException.Resource.MEMORY);
        assertThat(e).hasMessageContaining("above the 80 % threshold; give the JVM more memory");
        assertThat(g.shouldTriggerAggressiveCleanup()).isTrue();
        g.recordTokensCreated(3, 0);
        assertThatThrownBy(() -> g.checkTokenQuota(1)).hasMessageContaining("Memory quota reached: 1024 bytes of 1000 bytes");
        GuardianStats s = g.stats();
        assertThat(s.memoryUsedBytes()).isEqualTo(1024);
        assertThat(s.memoryUsagePercent()).isEqualTo(102.4);
        assertThat(metrics.snapshot().memoryUsedBytes()).isEqualTo(1024);
    }

    @Test
    void writeBookkeepingFeedsAQuarantineTrialAndTicksIt() {
        cdna.startQuarantine(Cdna.forProfile(ProfileId.EXPLORER, T0), new QuarantineLimits(5, 1, 1_000_000), 300);
        guardian.recordTokensCreated(3, 100);
        guardian.recordConnectionsDeleted(1);
        assertThat(cdna.quarantineStatus()).isPresent();
        guardian.recordTokensDeleted(3);
        assertThat(cdna.quarantineStatus()).as("token churn 6 > 5 rolled the trial back").isEmpty();
        assertThat(cdna.current()).isEqualTo(Cdna.defaults(T0));
        assertThat(metrics.snapshot().tokensActive()).isZero();
    }

    @Test
    void countsCanBeRestored() {
        guardian.restoreCounts(500, 20);
        GuardianStats s = guardian.stats();
        assertThat(s.tokens()).isEqualTo(500);
        assertThat(s.connections()).isEqualTo(20);
        assertThat(metrics.snapshot().connectionsActive()).isEqualTo(20);
    }

    @Test
    void configRejectsNonsense() {
        assertThatThrownBy(() -> new GuardianConfig(true, true, 0, 100, OptionalLong.empty(), OptionalLong.empty(),
                true, 0.8)).hasMessageContaining("maxEventQueue");
        assertThatThrownBy(() -> new GuardianConfig(true, true, 1, 100, OptionalLong.empty(), OptionalLong.empty(),
                true, 1.5)).hasMessageContaining("memoryThreshold");
    }
}
