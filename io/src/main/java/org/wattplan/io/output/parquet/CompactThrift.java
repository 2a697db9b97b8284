package org.wattplan.io.output.parquet;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The part of Thrift's compact protocol that Parquet's page headers and footer need (docs/sources.md §11.1):
 * structs of i32, i64, binary, bool, list and struct fields, written in increasing field-id order. A field header
 * is one byte, {@code (id delta << 4) | type}; integers are zigzag varints; a struct ends with a 0 byte.
 */
final class CompactThrift {
    static final int BOOL_TRUE = 1;
    static final int BOOL_FALSE = 2;
    static final int I32 = 5;
    static final int I64 = 6;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int STRUCT = 12;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    private final Deque<Integer> enclosing = new ArrayDeque<>();
    private int lastField;

    byte[] bytes() {
        return out.toByteArray();
    }

    private void field(int id, int type) {
        int delta = id - lastField;
        if (delta > 0 && delta <= 15) {
            out.write((delta << 4) | type);
        } else {
            out.write(type);
            varint(zigzag(id));
        }
        lastField = id;
    }

    CompactThrift i32(int id, int value) {
        field(id, I32);
        varint(zigzag(value));
        return this;
    }

    CompactThrift i64(int id, long value) {
        field(id, I64);
        varint(zigzag(value));
        return this;
    }

    CompactThrift bool(int id, boolean value) {
        field(id, value ? BOOL_TRUE : BOOL_FALSE);
        return this;
    }

    CompactThrift string(int id, String value) {
        field(id, BINARY);
        binary(value);
        return this;
    }

    /** A struct-valued field: its fields follow, then {@link #end}. */
    CompactThrift begin(int id) {
        field(id, STRUCT);
        return enter();
    }

    /** A struct inside a list (no field header): its fields follow, then {@link #end}. */
    CompactThrift enter() {
        enclosing.push(lastField);
        lastField = 0;
        return this;
    }

    CompactThrift end() {
        out.write(0);
        lastField = enclosing.isEmpty() ? 0 : enclosing.pop();
        return this;
    }

    /** A list field of {@code size} elements of {@code type}; the elements follow without field headers. */
    CompactThrift list(int id, int type, int size) {
        field(id, LIST);
        if (size < 15) {
            out.write((size << 4) | type);
        } else {
            out.write(0xF0 | type);
            varint(size);
        }
        return this;
    }

    /** A struct list element encoded by another writer (its fields and stop byte). */
    CompactThrift raw(byte[] struct) {
        out.write(struct, 0, struct.length);
        return this;
    }

    /** An i32 list element (an enum value). */
    CompactThrift element(int value) {
        varint(zigzag(value));
        return this;
    }

    /** A string list element. */
    CompactThrift element(String value) {
        binary(value);
        return this;
    }

    private void binary(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        varint(bytes.length);
        out.write(bytes, 0, bytes.length);
    }

    private static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private void varint(long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
