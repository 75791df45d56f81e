package io.neurograph.engine.intuition;

import io.neurograph.engine.experience.ExperienceEvent;
import io.neurograph.engine.token.CoordinateSpace;
import io.neurograph.engine.token.Token;
import java.util.OptionalInt;

/**
 * How query feedback is written as experience. A feedback event is a custom user event (upstream
 * reads every code it does not know as CustomUserEvent) whose type code names the slow path's
 * "action": how the rated result was reached — {@code 0xF000} a direct vector hit,
 * {@code 0xF100 | type} through a connection of that type. So the slow path learns, per region of
 * concept space, which kinds of relation deliver results users like.
 *
 * <p>Fields: state = the result token's raw X coordinate of each space / 32767 (the same encoding as a
 * connection's target vector, so values lie in [−1, 1]); episode_id = the query's id; step_number =
 * the result token's id; reward_goal = +1 or −1; FULLY_APPRAISED is set (the user's verdict is the
 * reward, the appraisers leave it alone).
 */
public final class FeedbackEvents {
    /** The result was one of the query's own nearest concepts. */
    public static final int DIRECT_HIT = 0xF000;
    private static final int VIA_RELATION = 0xF100;

    private FeedbackEvents() {
    }

    /** The action code of a result reached through a connection of type {@code connectionType}. */
    public static int viaRelation(int connectionType) {
        if (connectionType < 0 || connectionType > 0xFF) {
            throw new IllegalArgumentException("A connection type is a u8, got " + connectionType);
        }
        return VIA_RELATION | connectionType;
    }

    /** The connection type a feedback action code names, if it names one. */
    public static OptionalInt relationOf(int actionCode) {
        return (actionCode & 0xFF00) == VIA_RELATION ? OptionalInt.of(actionCode & 0xFF) : OptionalInt.empty();
    }

    /** The 8-float state of a token: the raw X coordinate of each space divided by 32767. */
    public static float[] stateOf(Token token) {
        float[] state = new float[ExperienceEvent.VECTOR_LENGTH];
        for (CoordinateSpace space : CoordinateSpace.values()) {
            state[space.ordinal()] = token.raw(space, 0) / 32767f;
        }
        return state;
    }
}
