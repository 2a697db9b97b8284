package org.wattplan.io.output.parquet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/** A growable byte buffer written little-endian, as Parquet's PLAIN encoding and page lengths are. */
final class Buffer {
    private byte[] data = new byte[1 << 12];
    private int size;

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    private void ensure(int extra) {
        if (size + extra > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, size + extra));
        }
    }

    void put(int b) {
        ensure(1);
        data[size++] = (byte) b;
    }

    void putInt(int value) {
        ensure(4);
        for (int i = 0; i < 4; i++) {
            data[size++] = (byte) (value >>> (8 * i));
        }
    }

    void putLong(long value) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            data[size++] = (byte) (value >>> (8 * i));
        }
    }

    void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, data, size, bytes.length);
        size += bytes.length;
    }

    /** An unsigned LEB128 varint (the run headers of the RLE/bit-packing hybrid). */
    void varint(long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            put((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        put((int) v);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(data, 0, size);
    }
}
