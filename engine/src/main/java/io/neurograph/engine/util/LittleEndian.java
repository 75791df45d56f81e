package io.neurograph.engine.util;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Little-endian primitive access into byte arrays; unsigned values come back widened. */
public final class LittleEndian {
    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle F32 = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);

    private LittleEndian() {
    }

    public static int u8(byte[] b, int off) {
        return b[off] & 0xFF;
    }

    public static void putU8(byte[] b, int off, int v) {
        b[off] = (byte) v;
    }

    public static short i16(byte[] b, int off) {
        return (short) I16.get(b, off);
    }

    public static void putI16(byte[] b, int off, short v) {
        I16.set(b, off, v);
    }

    public static int u16(byte[] b, int off) {
        return ((short) I16.get(b, off)) & 0xFFFF;
    }

    public static void putU16(byte[] b, int off, int v) {
        I16.set(b, off, (short) v);
    }

    public static int i32(byte[] b, int off) {
        return (int) I32.get(b, off);
    }

    public static long u32(byte[] b, int off) {
        return Integer.toUnsignedLong((int) I32.get(b, off));
    }

    public static void putI32(byte[] b, int off, int v) {
        I32.set(b, off, v);
    }

    public static void putU32(byte[] b, int off, long v) {
        I32.set(b, off, (int) v);
    }

    public static long i64(byte[] b, int off) {
        return (long) I64.get(b, off);
    }

    public static void putI64(byte[] b, int off, long v) {
        I64.set(b, off, v);
    }

    public static float f32(byte[] b, int off) {
        return (float) F32.get(b, off);
    }

    public static void putF32(byte[] b, int off, float v) {
        F32.set(b, off, v);
    }

    /** Lower-case hex of a byte range, two characters a byte. */
    public static String hex(byte[] b) {
        return java.util.HexFormat.of().formatHex(b);
    }
}
