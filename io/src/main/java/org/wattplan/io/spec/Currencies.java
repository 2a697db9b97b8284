package org.wattplan.io.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.problem.Quote;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.ExchangeRates;
import org.wattplan.core.units.Quantities;
import org.wattplan.core.units.QuantityFormatException;

/**
 * The one place a document's prices in other currencies become USD. The top-level {@code currency} key gives
 * the rates, as a mapping ({@code currency: {EUR: 1.08 USD, GBP: 1.27 USD}}) or as one text
 * ({@code "EUR=1.08 USD, GBP=1.27 USD"}, the form of {@code estimate --currency}); then every value of the
 * document written in one of those currencies is rewritten in USD ({@link ExchangeRates#toUsd}) before any
 * reader sees it. A value in EUR or GBP without a rate is a problem at its path.
 */
public final class Currencies {
    /** The top-level key that holds the rates. */
    public static final String KEY = "currency";

    private Currencies() {}

    /** A copy of {@code document} with its amounts in USD; problems are added with their paths. */
    public static JsonNode toUsd(JsonNode document, String path, Problems problems) {
        if (!document.isObject()) {
            return document;
        }
        ExchangeRates rates = rates(document.get(KEY), join(path, KEY), problems);
        JsonNode copy = document.deepCopy();
        convert(copy, path, rates, problems);
        return copy;
    }

    static ExchangeRates rates(@org.jspecify.annotations.Nullable JsonNode node, String path, Problems problems) {
        if (node == null || node.isNull()) {
            return ExchangeRates.none();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        if (node.isObject()) {
            node.properties().forEach(e -> texts.put(e.getKey(), e.getValue().asText()));
        } else if (node.isTextual()) {
            for (String pair : node.asText().split(",", -1)) {
                String[] parts = pair.split("[=:]", 2);
                if (parts.length != 2) {
                    problems.add(path, Quote.of(pair.strip()) + " must be CODE=RATE USD, e.g. EUR=1.08 USD");
                    continue;
                }
                texts.put(parts[0].strip(), parts[1].strip());
            }
        } else {
            problems.add(path, "must be a mapping of currency codes to USD rates, e.g. {EUR: 1.08 USD}");
        }
        Map<String, Double> usdPerUnit = new LinkedHashMap<>();
        texts.forEach((code, text) ->
                rate(code, text, join(path, code), problems).ifPresent(rate -> usdPerUnit.put(code, rate)));
        return new ExchangeRates(usdPerUnit);
    }

    private static Optional<Double> rate(String code, String text, String path, Problems problems) {
        if (!ExchangeRates.isCode(code) || code.equals("USD")) {
            problems.add(path, Quote.of(code) + " must be a three-letter currency code other than USD, e.g. EUR");
            return Optional.empty();
        }
        try {
            double usd = Quantities.parse(text, Dimension.MONEY);
            if (!(usd > 0)) {
                problems.add(path, Quote.of(text) + " must be positive (USD for one " + code + ")");
                return Optional.empty();
            }
            return Optional.of(usd);
        } catch (QuantityFormatException e) {
            problems.add(
                    path, String.valueOf(e.getMessage()) + " (the USD value of one " + code + ", e.g. \"1.08 USD\")");
            return Optional.empty();
        }
    }

    private static void convert(JsonNode node, String path, ExchangeRates rates, Problems problems) {
        if (node instanceof ObjectNode object) {
            var names = object.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (path.isEmpty() && name.equals(KEY)) {
                    continue;
                }
                JsonNode value = object.get(name);
                String where = join(path, name);
                if (value.isTextual()) {
                    text(value.asText(), where, rates, problems).ifPresent(usd -> object.set(name, usd));
                } else {
                    convert(value, where, rates, problems);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String where = path + "[" + i + "]";
                JsonNode value = array.get(i);
                if (value.isTextual()) {
                    final int index = i;
                    text(value.asText(), where, rates, problems).ifPresent(usd -> array.set(index, usd));
                } else {
                    convert(value, where, rates, problems);
                }
            }
        }
    }

    private static Optional<TextNode> text(String text, String path, ExchangeRates rates, Problems problems) {
        Optional<String> currency = rates.currencyOf(text);
        if (currency.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TextNode.valueOf(rates.toUsd(text)));
        } catch (QuantityFormatException e) {
            problems.add(path, String.valueOf(e.getMessage()));
            return atParity(text, currency.get());
        }
    }

    /**
     * The value at parity, so that the readers after this one do not report the same value again as an unknown
     * unit: the problem above already stops the run, and the root cause is reported once.
     */
    private static Optional<TextNode> atParity(String text, String currency) {
        try {
            return Optional.of(TextNode.valueOf(new ExchangeRates(Map.of(currency, 1.0)).toUsd(text)));
        } catch (QuantityFormatException e) {
            return Optional.empty();
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
