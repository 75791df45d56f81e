package io.neurograph.engine.experience;

/** The u16 event_type codes of an {@link ExperienceEvent}; unknown codes read as CUSTOM_USER_EVENT. */
public enum EventType {
    SYSTEM_STARTUP(0x0001),
    SYSTEM_SHUTDOWN(0x0002),
    CDNA_UPDATED(0x0010),
    ADNA_UPDATED(0x0011),
    TOKEN_CREATED(0x0100),
    TOKEN_DELETED(0x0101),
    TOKEN_ACTIVATED(0x0102),
    CONNECTION_CREATED(0x0110),
    CONNECTION_DELETED(0x0111),
    CONNECTION_ACTIVATED(0x0112),
    ACTION_STARTED(0x0200),
    ACTION_COMPLETED(0x0201),
    ACTION_FAILED(0x0202),
    HOMEOSTASIS_REWARD(0x0300),
    CURIOSITY_REWARD(0x0301),
    EFFICIENCY_REWARD(0x0302),
    GOAL_REWARD(0x0303),
    PROPOSAL_GENERATED(0x0400),
    PROPOSAL_ACCEPTED(0x0401),
    PROPOSAL_REJECTED(0x0402),
    CUSTOM_USER_EVENT(0xF000);

    private static final EventType[] VALUES = values();

    private final int code;

    EventType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static EventType of(int code) {
        for (EventType t : VALUES) {
            if (t.code == code) {
                return t;
            }
        }
        return CUSTOM_USER_EVENT;
    }
}
