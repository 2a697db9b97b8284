package org.wattplan.io.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.wattplan.core.problem.Problems;
import org.wattplan.io.spec.Documents;
import org.wattplan.io.spec.Fields;

/**
 * The reference files shipped in the jar beside these classes: one YAML document each, holding one list under a
 * top-level key. A build without the file, or a file without the list, is a broken build, not bad input.
 */
final class ShippedYaml {
    private ShippedYaml() {}

    /** The shipped file {@code name} (such as {@code cases.yaml}), parsed; {@code what} names it in the failure. */
    private static JsonNode read(String name, String what) {
        try (InputStream in = ShippedYaml.class.getResourceAsStream("/org/wattplan/io/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException(what + " missing from the build");
            }
            return Documents.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shipped file {@code name}'s list under {@code key}, each entry read by {@code reader} at its path
     * ({@code key[i]}, problems collected in the entry's fields); every problem found is thrown at once.
     */
    static <T> List<T> list(String name, String what, String key, Function<Fields, T> reader) {
        Problems problems = new Problems();
        Fields top = new Fields(read(name, what), name, problems);
        JsonNode list = top.node(key).orElseThrow(() -> new IllegalStateException(name + " has no " + key));
        top.rejectUnknownKeys();
        List<T> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            entries.add(reader.apply(new Fields(list.get(i), key + "[" + i + "]", problems)));
        }
        problems.throwIfAny();
        return entries;
    }
}
