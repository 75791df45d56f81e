package io.neurograph.engine.capsule.gguf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Metadata that uses every GGUF value type, including their awkward values. */
final class GgufSamples {
    private GgufSamples() {
    }

    static Map<String, GgufValue> everyValueType() {
        Map<String, GgufValue> metadata = new LinkedHashMap<>();
        metadata.put("general.architecture", GgufValue.string("llama"));
        metadata.put("t.uint8", GgufValue.uint8(255));
        metadata.put("t.int8", GgufValue.int8(-128));
        metadata.put("t.uint16", GgufValue.uint16(65535));
        metadata.put("t.int16", GgufValue.int16(-32768));
        metadata.put("t.uint32", GgufValue.uint32(0xFFFF_FFFFL));
        metadata.put("t.int32", GgufValue.int32(Integer.MIN_VALUE));
        metadata.put("t.uint64.top", GgufValue.uint64(0x8000_0000_0000_0001L));
        metadata.put("t.uint64.max", GgufValue.uint64(-1L));
        metadata.put("t.int64", GgufValue.int64(Long.MIN_VALUE));
        metadata.put("t.float32", GgufValue.float32(0.1f));
        metadata.put("t.float32.subnormal", GgufValue.float32(Float.MIN_VALUE));
        metadata.put("t.float32.negzero", GgufValue.float32(-0.0f));
        metadata.put("t.float32.inf", GgufValue.float32(Float.NEGATIVE_INFINITY));
        metadata.put("t.float32.nan", GgufValue.float32(Float.NaN));
        metadata.put("t.float32.nanbits", new GgufValue.Scalar(GgufValueType.FLOAT32, 0x7FC0_1234L));
        metadata.put("t.float64", GgufValue.float64(Math.PI));
        metadata.put("t.float64.tiny", GgufValue.float64(Double.MIN_VALUE));
        metadata.put("t.float64.negzero", GgufValue.float64(-0.0));
        metadata.put("t.float64.nanbits", new GgufValue.Scalar(GgufValueType.FLOAT64, 0xFFF8_0000_0000_0042L));
        metadata.put("t.bool.true", GgufValue.bool(true));
        metadata.put("t.bool.false", GgufValue.bool(false));
        metadata.put("t.string", GgufValue.string("héllo ✓ 𝄞 \"quoted\"\n"));
        metadata.put("t.string.empty", GgufValue.string(""));
        metadata.put("t.array.int32", GgufValue.array(GgufValueType.INT32,
                List.of(GgufValue.int32(1), GgufValue.int32(-2), GgufValue.int32(3))));
        metadata.put("t.array.strings", GgufValue.array(GgufValueType.STRING,
                List.of(GgufValue.string("<s>"), GgufValue.string(""), GgufValue.string("▁the"))));
        metadata.put("t.array.empty", GgufValue.array(GgufValueType.FLOAT32, List.of()));
        metadata.put("t.array.uint64", GgufValue.array(GgufValueType.UINT64,
                List.of(GgufValue.uint64(-1L), GgufValue.uint64(7))));
        metadata.put("t.array.bool", GgufValue.array(GgufValueType.BOOL,
                List.of(GgufValue.bool(true), GgufValue.bool(false))));
        metadata.put("t.array.float32", GgufValue.array(GgufValueType.FLOAT32,
                List.of(GgufValue.float32(0.3f), GgufValue.float32(Float.NaN), GgufValue.float32(-0.0f))));
        metadata.put("t.array.nested", GgufValue.array(GgufValueType.ARRAY, List.of(
                GgufValue.array(GgufValueType.UINT8, List.of(GgufValue.uint8(1), GgufValue.uint8(2))),
                GgufValue.array(GgufValueType.STRING, List.of(GgufValue.string("x"))),
                GgufValue.array(GgufValueType.ARRAY, List.of(
                        GgufValue.array(GgufValueType.FLOAT64, List.of(GgufValue.float64(-1.5))))))));
        return metadata;
    }
}
