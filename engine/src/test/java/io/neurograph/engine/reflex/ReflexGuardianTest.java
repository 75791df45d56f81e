package io.neurograph.engine.reflex;

import static org.assertj.core.api.Assertions.assertThat;

import io.neurograph.engine.Engine;
import io.neurograph.engine.EngineConfig;
import io.neurograph.engine.connection.Connection;
import io.neurograph.engine.connection.Mutability;
import io.neurograph.engine.guardian.Guardian;
import io.neurograph.engine.guardian.ValidationError;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Guardian's reflex rules. */
class ReflexGuardianTest {
    @TempDir
    Path dir;

    private static Connection reflexable() {
        Connection c = Connection.create(1, 2, 0);
        c.setConfidence(200);
        return c; // Learnable, pull 0, rigidity 128/255
    }

    @Test
    void theDefaultPullOfZeroMayBecomeAReflexButRepulsionMayNot() {
        try (Engine engine = Engine.open(EngineConfig.at(dir))) {
            Guardian g = engine.guardian();
            assertThat(g.validateReflex(reflexable())).isEmpty();
            Connection repulsive = reflexable();
            repulsive.setPullStrength(-0.5f);
            assertThat(g.validateReflex(repulsive)).extracting(ValidationError::field).containsExactly("pull_strength");
            Connection strong = reflexable();
            strong.setPullStrength(101f);
            assertThat(g.validateReflex(strong)).extracting(ValidationError::field).containsExactly("pull_strength");
            Connection nan = reflexable();
            nan.setPullStrength(Float.NaN);
            assertThat(g.validateReflex(nan)).extracting(ValidationError::field).containsExactly("pull_strength");
        }
    }

    @Test
    void everyOtherRuleIsNamed() {
        try (Engine engine = Engine.open(EngineConfig.at(dir))) {
            Connection c = Connection.create(3, 3, 0);
            c.setConfidence(127);
            c.setMutability(Mutability.HYPOTHESIS);
            c.setRigidity(127);
            assertThat(engine.guardian().validateReflex(c)).extracting(ValidationError::field)
                    .containsExactly("confidence", "mutability", "rigidity", "token_b");
        }
    }
}
