package io.neurograph.engine.cdna;

/**
 * Byte offsets of the 384-byte CDNA record (little-endian, six 64-byte blocks: header 0-63, grid
 * physics 64-191, graph topology 192-255, token properties 256-287, connection constraints 288-351,
 * evolution 352-383). Reserved ranges stay zero.
 */
public final class CdnaLayout {
    public static final int SIZE = 384;
    public static final long MAGIC_VALUE = 0x434E4441L;
    public static final int VERSION_MAJOR_VALUE = 2;
    public static final int VERSION_MINOR_VALUE = 1;
    public static final int DIMENSIONS = 8;

    public static final int MAGIC = 0;
    public static final int VERSION_MAJOR = 4;
    public static final int VERSION_MINOR = 6;
    public static final int CREATED_AT = 8;
    public static final int MODIFIED_AT = 16;
    public static final int PROFILE_ID = 24;
    public static final int PROFILE_STATE = 28;
    public static final int FLAGS = 32;
    /** The checksum occupies 40..47 and is itself excluded from the checksum. */
    public static final int CHECKSUM = 40;
    public static final int CHECKSUM_END = 48;

    public static final int DIMENSION_IDS = 64;
    public static final int DIMENSION_FLAGS = 72;
    public static final int DIMENSION_SCALES = 80;
    public static final int BUCKET_SIZES = 112;
    public static final int FIELD_STRENGTH_LIMITS = 144;

    public static final int ALLOWED_CONNECTION_TYPES = 192;
    public static final int MAX_OUT_DEGREE = 200;
    public static final int MAX_IN_DEGREE = 204;
    public static final int MAX_TOTAL_DEGREE = 208;
    public static final int MIN_WEIGHT_THRESHOLD = 212;
    public static final int MAX_WEIGHT_THRESHOLD = 216;

    public static final int MIN_TOKEN_WEIGHT = 256;
    public static final int MAX_TOKEN_WEIGHT = 260;
    public static final int MIN_FIELD_RADIUS = 264;
    public static final int MAX_FIELD_RADIUS = 266;
    public static final int MIN_FIELD_STRENGTH = 268;
    public static final int MAX_FIELD_STRENGTH = 270;

    public static final int MIN_CONNECTION_WEIGHT = 288;
    public static final int MAX_CONNECTION_WEIGHT = 292;
    public static final int MIN_RIGIDITY = 296;
    public static final int MAX_RIGIDITY = 300;
    public static final int DEFAULT_PULL_STRENGTH = 304;
    public static final int DECAY_RATE = 308;

    public static final int MUTATION_RATE = 352;
    public static final int CROSSOVER_RATE = 356;
    public static final int SELECTION_PRESSURE = 360;
    public static final int EVOLUTION_FLAGS = 364;
    public static final int TRACE_SAMPLE_RATE = 368;

    private CdnaLayout() {
    }
}
