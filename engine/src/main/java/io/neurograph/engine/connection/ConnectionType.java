package io.neurograph.engine.connection;

import java.util.Locale;

/**
 * The 176 connection types: 11 categories of 16, the category being the high nibble of the code.
 * Codes above 0xAF are undefined; the Guardian rejects them.
 */
public enum ConnectionType {
    SYNONYM(0x00, "Synonym"),
    ANTONYM(0x01, "Antonym"),
    HYPERNYM(0x02, "Hypernym"),
    HYPONYM(0x03, "Hyponym"),
    MERONYM(0x04, "Meronym"),
    HOLONYM(0x05, "Holonym"),
    TROPONYM(0x06, "Troponym"),
    ENTAILMENT(0x07, "Entailment"),
    SIMILAR(0x08, "Similar"),
    ALSO(0x09, "Also"),
    ATTRIBUTE(0x0A, "Attribute"),
    DERIVATION(0x0B, "Derivation"),
    DOMAIN(0x0C, "Domain"),
    TOPIC(0x0D, "Topic"),
    USAGE(0x0E, "Usage"),
    REGION(0x0F, "Region"),
    CAUSE(0x10, "Cause"),
    EFFECT(0x11, "Effect"),
    PRECONDITION(0x12, "Precondition"),
    POSTCONDITION(0x13, "Postcondition"),
    ENABLED_BY(0x14, "EnabledBy"),
    DISABLED_BY(0x15, "DisabledBy"),
    PREVENTED_BY(0x16, "PreventedBy"),
    TRIGGERED(0x17, "Triggered"),
    INFLUENCES(0x18, "Influences"),
    CORRELATES(0x19, "Correlates"),
    DEPENDS(0x1A, "Depends"),
    PRODUCES(0x1B, "Produces"),
    CONSUMES(0x1C, "Consumes"),
    MODIFIES(0x1D, "Modifies"),
    MAINTAINS(0x1E, "Maintains"),
    DESTROYS(0x1F, "Destroys"),
    BEFORE(0x20, "Before"),
    AFTER(0x21, "After"),
    DURING(0x22, "During"),
    OVERLAPS(0x23, "Overlaps"),
    STARTS(0x24, "Starts"),
    FINISHES(0x25, "Finishes"),
    MEETS(0x26, "Meets"),
    EQUALS(0x27, "Equals"),
    SIMULTANEOUS(0x28, "Simultaneous"),
    SEQUENTIAL(0x29, "Sequential"),
    PARALLEL(0x2A, "Parallel"),
    PERIODIC(0x2B, "Periodic"),
    CONTINUOUS(0x2C, "Continuous"),
    DISCRETE(0x2D, "Discrete"),
    INSTANT(0x2E, "Instant"),
    EXTENDED(0x2F, "Extended"),
    NEAR(0x30, "Near"),
    FAR(0x31, "Far"),
    ABOVE(0x32, "Above"),
    BELOW(0x33, "Below"),
    LEFT(0x34, "Left"),
    RIGHT(0x35, "Right"),
    INSIDE(0x36, "Inside"),
    OUTSIDE(0x37, "Outside"),
    ADJACENT(0x38, "Adjacent"),
    OVERLAPPING(0x39, "Overlapping"),
    TOUCHING(0x3A, "Touching"),
    CONTAINING(0x3B, "Containing"),
    CROSSING(0x3C, "Crossing"),
    BEHIND(0x3D, "Behind"),
    FRONT(0x3E, "Front"),
    BETWEEN(0x3F, "Between"),
    AND(0x40, "And"),
    OR(0x41, "Or"),
    NOT(0x42, "Not"),
    XOR(0x43, "Xor"),
    IMPLIES(0x44, "Implies"),
    EQUIVALENT(0x45, "Equivalent"),
    CONTRADICTS(0x46, "Contradicts"),
    CONSISTENT(0x47, "Consistent"),
    PROVES(0x48, "Proves"),
    DISPROVES(0x49, "Disproves"),
    ASSUMES(0x4A, "Assumes"),
    CONCLUDES(0x4B, "Concludes"),
    NECESSARY(0x4C, "Necessary"),
    SUFFICIENT(0x4D, "Sufficient"),
    POSSIBLE(0x4E, "Possible"),
    IMPOSSIBLE(0x4F, "Impossible"),
    ASSOCIATED_WITH(0x50, "AssociatedWith"),
    RELATED_TO(0x51, "RelatedTo"),
    SIMILAR_TO(0x52, "SimilarTo"),
    CONTRASTED_WITH(0x53, "ContrastedWith"),
    COMPARED_TO(0x54, "ComparedTo"),
    DISTINGUISHED_FROM(0x55, "DistinguishedFrom"),
    ALTERNATIVE_TO(0x56, "AlternativeTo"),
    SUBSTITUTE_FOR(0x57, "SubstituteFor"),
    COMPLEMENT_OF(0x58, "ComplementOf"),
    VARIANT_OF(0x59, "VariantOf"),
    VERSION_OF(0x5A, "VersionOf"),
    EXAMPLE_OF(0x5B, "ExampleOf"),
    INSTANCE_OF(0x5C, "InstanceOf"),
    KIND_OF(0x5D, "KindOf"),
    FORM_OF(0x5E, "FormOf"),
    MANIFESTATION_OF(0x5F, "ManifestationOf"),
    PART_OF(0x60, "PartOf"),
    HAS_PART(0x61, "HasPart"),
    MEMBER_OF(0x62, "MemberOf"),
    HAS_MEMBER(0x63, "HasMember"),
    SUBCLASS_OF(0x64, "SubclassOf"),
    SUPERCLASS_OF(0x65, "SuperclassOf"),
    CONTAINS(0x66, "Contains"),
    CONTAINED_BY(0x67, "ContainedBy"),
    COMPRISES(0x68, "Comprises"),
    COMPOSED_OF(0x69, "ComposedOf"),
    ELEMENT_OF(0x6A, "ElementOf"),
    HAS_ELEMENT(0x6B, "HasElement"),
    COLLECTION_OF(0x6C, "CollectionOf"),
    ITEM_IN(0x6D, "ItemIn"),
    SEGMENT_OF(0x6E, "SegmentOf"),
    WHOLE(0x6F, "Whole"),
    USED_FOR(0x70, "UsedFor"),
    USED_BY(0x71, "UsedBy"),
    TOOL_FOR(0x72, "ToolFor"),
    METHOD_FOR(0x73, "MethodFor"),
    INPUT_TO(0x74, "InputTo"),
    OUTPUT_FROM(0x75, "OutputFrom"),
    RESOURCE_FOR(0x76, "ResourceFor"),
    REQUIRED_BY(0x77, "RequiredBy"),
    PROVIDED_BY(0x78, "ProvidedBy"),
    CAPABLE_OF(0x79, "CapableOf"),
    SUPPORTS_FUNCTION(0x7A, "SupportsFunction"),
    IMPLEMENTS_FUNCTION(0x7B, "ImplementsFunction"),
    INTERFACE_FOR(0x7C, "InterfaceFor"),
    PROTOCOL_FOR(0x7D, "ProtocolFor"),
    STANDARD_FOR(0x7E, "StandardFor"),
    OPTIMIZED_FOR(0x7F, "OptimizedFor"),
    LIKES(0x80, "Likes"),
    DISLIKES(0x81, "Dislikes"),
    LOVES(0x82, "Loves"),
    HATES(0x83, "Hates"),
    FEARS(0x84, "Fears"),
    TRUSTS(0x85, "Trusts"),
    DISTRUSTS(0x86, "Distrusts"),
    RESPECTS(0x87, "Respects"),
    ADMIRES(0x88, "Admires"),
    ENVIES(0x89, "Envies"),
    SYMPATHIZES(0x8A, "Sympathizes"),
    EMPATHIZES(0x8B, "Empathizes"),
    RESENTS(0x8C, "Resents"),
    FORGIVES(0x8D, "Forgives"),
    BLAMES(0x8E, "Blames"),
    GRATEFUL(0x8F, "Grateful"),
    RULE(0x90, "Rule"),
    EXCEPTION(0x91, "Exception"),
    CONSTRAINT(0x92, "Constraint"),
    PERMISSION(0x93, "Permission"),
    PROHIBITION(0x94, "Prohibition"),
    OBLIGATION(0x95, "Obligation"),
    METAPHOR(0x96, "Metaphor"),
    ANALOGY(0x97, "Analogy"),
    SYMBOL(0x98, "Symbol"),
    REPRESENTS(0x99, "Represents"),
    SIGNIFIES(0x9A, "Signifies"),
    INDICATES(0x9B, "Indicates"),
    SUGGESTS(0x9C, "Suggests"),
    CONNOTES(0x9D, "Connotes"),
    DENOTES(0x9E, "Denotes"),
    REFERENCES(0x9F, "References"),
    BECOMES(0xA0, "Becomes"),
    TRANSFORMS(0xA1, "Transforms"),
    EVOLVES(0xA2, "Evolves"),
    DEVELOPS(0xA3, "Develops"),
    GROWS(0xA4, "Grows"),
    DECAYS(0xA5, "Decays"),
    IMPROVES(0xA6, "Improves"),
    DEGRADES(0xA7, "Degrades"),
    STRENGTHENS(0xA8, "Strengthens"),
    WEAKENS(0xA9, "Weakens"),
    ACCELERATES(0xAA, "Accelerates"),
    DECELERATES(0xAB, "Decelerates"),
    STABILIZES(0xAC, "Stabilizes"),
    DESTABILIZES(0xAD, "Destabilizes"),
    CYCLES(0xAE, "Cycles"),
    ALTERNATES(0xAF, "Alternates");

    /** Highest defined type code. */
    public static final int MAX_CODE = 0xAF;

    private static final ConnectionType[] BY_CODE = values();

    private final int code;
    private final String title;

    ConnectionType(int code, String title) {
        this.code = code;
        this.title = title;
    }

    public int code() {
        return code;
    }

    /** The upstream name, e.g. "SimilarTo". */
    public String title() {
        return title;
    }

    public Category category() {
        return Category.of(code);
    }

    public static boolean isDefined(int code) {
        return code >= 0 && code <= MAX_CODE;
    }

    public static ConnectionType of(int code) {
        if (!isDefined(code)) {
            throw new IllegalArgumentException(String.format("Undefined connection type 0x%02X (defined: 0x00..0xAF)", code));
        }
        return BY_CODE[code];
    }

    /** Parses "SimilarTo", "similar_to", "0x52" or "82". */
    public static ConnectionType parse(String text) {
        String t = text.trim();
        String key = t.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
        for (ConnectionType c : BY_CODE) {
            if (c.title.toLowerCase(Locale.ROOT).equals(key)) {
                return c;
            }
        }
        try {
            int v = t.toLowerCase(Locale.ROOT).startsWith("0x") ? Integer.parseInt(t.substring(2), 16) : Integer.parseInt(t);
            return of(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Unknown connection type '" + text + "': use a name such as SimilarTo or a code 0x00..0xAF", e);
        }
    }

    /** Category of a type code, with the mutability new connections of that category get. */
    public enum Category {
        SEMANTIC(Mutability.IMMUTABLE),
        CAUSAL(Mutability.LEARNABLE),
        TEMPORAL(Mutability.LEARNABLE),
        SPATIAL(Mutability.IMMUTABLE),
        LOGICAL(Mutability.IMMUTABLE),
        ASSOCIATIVE(Mutability.LEARNABLE),
        STRUCTURAL(Mutability.IMMUTABLE),
        FUNCTIONAL(Mutability.LEARNABLE),
        EMOTIONAL(Mutability.LEARNABLE),
        RULE_METAPHOR(Mutability.IMMUTABLE),
        DYNAMIC(Mutability.LEARNABLE);

        private static final Category[] VALUES = values();
        private final Mutability defaultMutability;

        Category(Mutability defaultMutability) {
            this.defaultMutability = defaultMutability;
        }

        public Mutability defaultMutability() {
            return defaultMutability;
        }

        /** Category of any code; undefined codes (above 0xAF) have none. */
        public static Category of(int code) {
            return isDefined(code) ? VALUES[code >>> 4] : null;
        }

        /** Default mutability for a code; undefined codes fall back to Learnable as upstream does. */
        public static Mutability mutabilityFor(int code) {
            Category c = of(code);
            return c == null ? Mutability.LEARNABLE : c.defaultMutability;
        }
    }
}
