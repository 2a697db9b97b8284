package org.wattplan.io.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that fails with {@link TooLargeException} once more than a given number of bytes are read. */
final class CappedInputStream extends FilterInputStream {
    private final long maxBytes;
    private long readBytes;

    CappedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws TooLargeException {
        readBytes += n;
        if (readBytes > maxBytes) {
            throw TooLargeException.bytes(maxBytes);
        }
    }
}
