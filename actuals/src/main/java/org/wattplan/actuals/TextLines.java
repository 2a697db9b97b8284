package org.wattplan.actuals;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a UTF-8 text input, streamed with bounded memory: a file larger than its limit is refused before
 * it is read (and reading stops if it grows past it), a line longer than {@link InputLimits#LINE_MAX_BYTES} is a
 * problem and is never held in memory, a byte sequence that is not UTF-8 is a problem with its line and column,
 * and a byte-order mark at the start is skipped. A bad line is given as an empty line, so that line numbers stay
 * those of the file and readers that skip blank lines go on to find every other problem.
 */
final class TextLines implements Closeable {
    private static final int BUFFER_BYTES = 64 * 1024;
    private final String name;
    private final InputStream in;
    private final long maxBytes;
    private final CappedProblems problems;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private final byte[] line = new byte[InputLimits.LINE_MAX_BYTES];
    private final CharBuffer chars = CharBuffer.allocate(InputLimits.LINE_MAX_BYTES);
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int position;
    private int limit;
    private long bytesRead;
    private long number;
    private boolean ended;

    private TextLines(String name, InputStream in, long maxBytes, CappedProblems problems) {
        this.name = name;
        this.in = in;
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    /** Opens a regular file of at most {@code maxBytes}; empty, with the problem added, when it cannot be. */
    static Optional<TextLines> open(Path file, long maxBytes, CappedProblems problems) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            problems.add(name, "no such file, or not a regular file");
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                problems.add(name, tooLarge(size, maxBytes));
                return Optional.empty();
            }
            return Optional.of(new TextLines(name, Files.newInputStream(file), maxBytes, problems));
        } catch (IOException e) {
            problems.add(name, "cannot be read: " + Quoted.of(String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    static String tooLarge(long size, long maxBytes) {
        return String.format(
                Locale.ROOT,
                "is %,d bytes; the limit for this kind of file is %,d bytes (split it; docs/actuals.md, Limits)",
                size,
                maxBytes);
    }

    /** The number of the line {@link #next()} gave last, from 1. */
    long number() {
        return number;
    }

    /** The next line without its terminator, or null at the end of the file. */
    @Nullable
    String next() throws IOException {
        if (ended) {
            return null;
        }
        int length = 0;
        boolean overlong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    ended = true;
                    return null;
                }
                break;
            }
            any = true;
            byte b = buffer[position++];
            if (b == '\n') {
                break;
            }
            if (length < line.length) {
                line[length++] = b;
            } else {
                overlong = true;
            }
        }
        number++;
        if (overlong) {
            problems.add(
                    name + ":" + number,
                    String.format(
                            Locale.ROOT,
                            "line is longer than %,d bytes; not read (telemetry lines are a few hundred)",
                            InputLimits.LINE_MAX_BYTES));
            return "";
        }
        return decode(length);
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        if (read <= 0) {
            return false;
        }
        bytesRead += read;
        if (bytesRead > maxBytes) {
            problems.add(name, "grew past the limit of " + maxBytes + " bytes while it was read; not read further");
            ended = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private String decode(int length) {
        int start = 0;
        if (number == 1 && length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
            start = 3;
        }
        int end = length > start && line[length - 1] == '\r' ? length - 1 : length;
        ByteBuffer bytes = ByteBuffer.wrap(line, start, end - start);
        chars.clear();
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            problems.add(
                    name + ":" + number,
                    String.format(
                            Locale.ROOT,
                            "is not valid UTF-8 at column %d (byte 0x%02X); save the file as UTF-8",
                            chars.position() + 1,
                            bytes.get(bytes.position()) & 0xFF));
            return "";
        }
        return chars.flip().toString();
    }

    /** The lines as one text, each ended by a newline, for a parser that reads characters (CSV). */
    Reader asReader() {
        return new Reader() {
            private String current = "";
            private int index;

            @Override
            public int read(char[] target, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                while (index >= current.length()) {
                    String next = next();
                    if (next == null) {
                        return -1;
                    }
                    current = next + "\n";
                    index = 0;
                }
                int count = Math.min(length, current.length() - index);
                current.getChars(index, index + count, target, offset);
                index += count;
                return count;
            }

            @Override
            public void close() throws IOException {
                TextLines.this.close();
            }
        };
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
