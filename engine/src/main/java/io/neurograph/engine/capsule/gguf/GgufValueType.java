package io.neurograph.engine.capsule.gguf;

/** The type tag of a GGUF metadata value, with its id as stored in the file. */
public enum GgufValueType {
    UINT8(0, 1),
    INT8(1, 1),
    UINT16(2, 2),
    INT16(3, 2),
    UINT32(4, 4),
    INT32(5, 4),
    FLOAT32(6, 4),
    BOOL(7, 1),
    STRING(8, -1),
    ARRAY(9, -1),
    UINT64(10, 8),
    INT64(11, 8),
    FLOAT64(12, 8);

    private static final GgufValueType[] BY_ID = values();

    private final int id;
    private final int fixedSize;

    GgufValueType(int id, int fixedSize) {
        this.id = id;
        this.fixedSize = fixedSize;
    }

    /** The id stored in the file. */
    public int id() {
        return id;
    }

    /** Bytes of a value of this type, or -1 for STRING and ARRAY whose size depends on the value. */
    public int fixedSize() {
        return fixedSize;
    }

    /** The fewest bytes a value of this type can take: what a count is checked against before reading. */
    public int minSize() {
        return switch (this) {
            case STRING -> 8;
            case ARRAY -> 12;
            default -> fixedSize;
        };
    }

    public boolean isInteger() {
        return switch (this) {
            case UINT8, INT8, UINT16, INT16, UINT32, INT32, UINT64, INT64 -> true;
            default -> false;
        };
    }

    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /** The lower-case name used in JSON, e.g. {@code "uint32"}. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The type with this file id, or null if the id is unknown. */
    public static GgufValueType of(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }

    /** The type with this JSON name, e.g. {@code "float32"}. */
    public static GgufValueType ofJsonName(String name) {
        for (GgufValueType type : BY_ID) {
            if (type.jsonName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown GGUF value type '" + name + "'");
    }
}
