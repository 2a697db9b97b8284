package org.wattplan.testkit.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a YAML scenario (the shape of the audit that found issue 11): keys deleted, values replaced by
 * NaN, Infinity, -1, 1e309, huge strings, wrong units, wrong types, deep nesting and path strings; unknown and
 * duplicate keys; anchors and aliases (and an alias bomb); a second document; truncation; invalid UTF-8 and a
 * byte-order mark. The same seed gives the same case, so a failing case is reproduced by its number.
 */
public final class ScenarioMutator {
    /** One mutated input: its bytes and what was done to it. */
    public record Case(long seed, byte[] bytes, String description) {}

    private static final Pattern VALUE = Pattern.compile("(\\b[a-z_]+): *(\"[^\"\\n]*\"|[^,{}\\[\\]\\n#]+)");
    private static final Pattern KEY = Pattern.compile("(?m)^( *(?:- )?)([a-z_]+):");
    private static final String MEGABYTE = "x".repeat(1 << 20);

    private static final String[] VALUES = {
        "NaN",
        ".nan",
        "Infinity",
        "-Infinity",
        ".inf",
        "-.inf",
        "-1",
        "0",
        "1e309",
        "-1e309",
        "\"1.797e308\"",
        "\"1e309 MW\"",
        "\"-5 MW\"",
        "\"5 parsecs\"",
        "\"12 kWh/W\"",
        "1.0e-320",
        "99999999999999999999999",
        "[]",
        "{}",
        "[1, 2, 3]",
        "{a: 1}",
        "null",
        "~",
        "\"\"",
        "true",
        "\"2024-02-30\"",
        "\"+100000-01-01\"",
        "\"" + "y".repeat(10_000) + "\"",
        "\"" + MEGABYTE + "\"",
        "\" /etc/passwd\"",
        "\"../../../etc/passwd\"",
        "\"/proc/self/environ\"",
        "\"/dev/zero\"",
        "\"\\t/etc/passwd\"",
        "\"\\u2003/etc/passwd\"",
        "*undefined",
        "\"\\0\"",
        "\"😀\"",
        "!!binary aGVsbG8=",
        "0x7fffffff",
        "1_000",
        "\"1..2..3..4\"",
        "\"5..1\"",
        "\"$\"",
    };
    private static final String[] FILES = {
        " /etc/passwd", "\t/etc/passwd", "\n/etc/passwd", "\u2003/etc/passwd", "/etc/passwd", "../../etc/passwd",
        "/proc/self/environ", "/dev/zero", "data", "data/../../../etc/hosts", "data/missing.csv", "",
        "data/grid_carbon_intensity_2022_hourly_electricitymaps.csv ", "~/.bashrc", "C:\\Windows\\win.ini",
    };

    private ScenarioMutator() {}

    /** Case {@code index} of the stream seeded by {@code seed}: one to three mutations of {@code base}. */
    public static Case mutate(String base, long seed, long index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        String text = base;
        List<String> done = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        byte[] bytes = null;
        for (int i = 0; i < count && bytes == null; i++) {
            int kind = random.nextInt(16);
            switch (kind) {
                case 0 -> {
                    text = deleteLine(text, random);
                    done.add("delete a line");
                }
                case 1, 2, 3, 4 -> {
                    String value = VALUES[random.nextInt(VALUES.length)];
                    text = replaceValue(text, random, value);
                    done.add("value -> " + cut(value));
                }
                case 5 -> {
                    text = renameKey(text, random, random.nextInt(10) == 0 ? MEGABYTE : "unknwon_key");
                    done.add("rename a key");
                }
                case 6 -> {
                    text = duplicateLine(text, random);
                    done.add("duplicate a line");
                }
                case 7 -> {
                    text = text.substring(0, random.nextInt(Math.max(1, text.length())));
                    done.add("truncate");
                }
                case 8 -> {
                    text = alias(text, random);
                    done.add("anchor and alias");
                }
                case 9 -> {
                    text = text + "\n---\nname: second\n";
                    done.add("second document");
                }
                case 10 -> {
                    String file = FILES[random.nextInt(FILES.length)];
                    text = series(text, file);
                    done.add("series file " + cut(file));
                }
                case 11 -> {
                    text = replaceValue(text, random, "[".repeat(200) + "]".repeat(200));
                    done.add("deep nesting");
                }
                case 12 -> {
                    text = "a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n"
                            + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                            + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n" + text;
                    done.add("alias bomb");
                }
                case 13 -> {
                    text = replaceRegion(text, random);
                    done.add("region -> a megabyte");
                }
                case 14 -> {
                    bytes = withBadBytes(text, random);
                    done.add("invalid UTF-8");
                }
                default -> {
                    text = "\uFEFF" + text;
                    done.add("byte-order mark");
                }
            }
        }
        return new Case(index, bytes == null ? text.getBytes(StandardCharsets.UTF_8) : bytes, String.join("; ", done));
    }

    private static String cut(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...(" + value.length() + ")";
    }

    private static String deleteLine(String text, SplittableRandom random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(random.nextInt(lines.size()));
        return String.join("\n", lines);
    }

    private static String duplicateLine(String text, SplittableRandom random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        lines.add(at, lines.get(at));
        return String.join("\n", lines);
    }

    private static String replaceValue(String text, SplittableRandom random, String value) {
        return replaceGroup(text, VALUE, random, value, text + "\nextra: " + value);
    }

    private static String renameKey(String text, SplittableRandom random, String name) {
        return replaceGroup(text, KEY, random, name, text);
    }

    /** Replaces group 2 of one match of {@code pattern}, chosen at random; {@code otherwise} when none matches. */
    private static String replaceGroup(
            String text, Pattern pattern, SplittableRandom random, String replacement, String otherwise) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(2), matcher.end(2)});
        }
        if (spans.isEmpty()) {
            return otherwise;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return text.substring(0, span[0]) + replacement + text.substring(span[1]);
    }

    private static String alias(String text, SplittableRandom random) {
        Matcher matcher = VALUE.matcher(text);
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(2).strip());
        }
        String value = values.isEmpty() ? "1" : values.get(random.nextInt(values.size()));
        String withAnchor =
                text.replaceFirst("(?m)^name:", "x_anchor: &lim " + Matcher.quoteReplacement(value) + "\nname:");
        return replaceValue(withAnchor, random, random.nextBoolean() ? "*lim" : "*nosuch");
    }

    private static String series(String text, String file) {
        String escaped = file.replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("\n", "\\n")
                .replace("\t", "\\t");
        String block = "series:\n  fuzzed: {file: \"" + escaped + "\", value_column: gco2e_per_kwh_lca, unit: C}\n";
        if (text.contains("\nseries:\n")) {
            return text.replace("\nseries:\n", "\n" + block);
        }
        return text.replaceFirst("(?m)^sites:", Matcher.quoteReplacement(block) + "sites:");
    }

    private static String replaceRegion(String text, SplittableRandom random) {
        if (!text.contains("region: ")) {
            return text + "\nregion: " + MEGABYTE;
        }
        return text.replaceFirst(
                "region: [A-Za-z0-9-]+", "region: Q" + "a".repeat(random.nextInt(2) == 0 ? 1 << 20 : 20));
    }

    private static byte[] withBadBytes(String text, SplittableRandom random) {
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        int at = random.nextInt(good.length + 1);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        byte[] out = new byte[good.length + bad.length];
        System.arraycopy(good, 0, out, 0, at);
        System.arraycopy(bad, 0, out, at, bad.length);
        System.arraycopy(good, at, out, at + bad.length, good.length - at);
        return out;
    }
}
