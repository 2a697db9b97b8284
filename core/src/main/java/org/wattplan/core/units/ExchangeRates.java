package org.wattplan.core.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wattplan.core.problem.Quote;

/**
 * Exchange rates to USD that a scenario gives ({@code currency: {EUR: 1.08 USD}}): USD per unit of each currency.
 * wattplan computes in USD; a quantity written in another currency ({@code "85 EUR/MWh"}, {@code "1.2M GBP"},
 * {@code "70..90 EUR/MWh"}) is rewritten in USD once, when the file is read: {@code amount_USD = amount x rate}
 * (85 EUR/MWh at 1.08 USD/EUR is 91.8 USD/MWh). Prices in EUR or GBP without a rate are refused, never guessed:
 * rates move, and the one that applies is the user's choice. Other currencies are converted when given a rate.
 */
public record ExchangeRates(Map<String, Double> usdPerUnit) {
    /** Currencies recognised in a quantity even when no rate is given (so that a missing rate is reported). */
    public static final Set<String> KNOWN = Set.of("EUR", "GBP");

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern AMOUNT = Pattern.compile(
            "^\\s*([-+]?(?:\\d[\\d_]*(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*([KMBT](?![a-zA-Z]))?\\s*"
                    + "([kMB]?)([A-Z]{3})(/\\S.*)?\\s*$");
    private static final Pattern BARE =
            Pattern.compile("^\\s*([-+]?(?:\\d[\\d_]*(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*([KMBT])?\\s*$");

    public ExchangeRates {
        usdPerUnit = Map.copyOf(new TreeMap<>(usdPerUnit));
        usdPerUnit.forEach((code, rate) -> {
            if (!isCode(code) || code.equals("USD")) {
                throw new IllegalArgumentException(code + " is not a currency code other than USD");
            }
            if (!(rate > 0) || !Double.isFinite(rate)) {
                throw new IllegalArgumentException(code + ": the rate must be a positive number of USD");
            }
        });
    }

    public static ExchangeRates none() {
        return new ExchangeRates(Map.of());
    }

    /** Whether {@code text} is a three-letter upper-case currency code ({@code EUR}). */
    public static boolean isCode(String text) {
        return CODE.matcher(text).matches();
    }

    /** The currency a quantity (or the last part of a range) is written in, if it is one this class converts. */
    public Optional<String> currencyOf(String text) {
        String[] parts = text.split("\\.\\.", -1);
        return foreign(parts[parts.length - 1]);
    }

    /**
     * The quantity with every amount in a converted currency rewritten in USD ({@code "85 EUR/MWh"} to
     * {@code "91.8 USD/MWh"}); other text is returned unchanged. A range's unit on its last part applies to all
     * parts, as in {@link Quantities#parseUncertain}.
     */
    public String toUsd(String text) {
        Optional<String> currency = currencyOf(text);
        if (currency.isEmpty()) {
            return text;
        }
        Double rate = usdPerUnit.get(currency.get());
        if (rate == null) {
            throw new QuantityFormatException(Quote.of(text) + " is in " + currency.get() + " and no rate is given; "
                    + "give it once at the top of the file, e.g. currency: {" + currency.get() + ": 1.08 USD}");
        }
        String[] parts = text.split("\\.\\.", -1);
        StringBuilder usd = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            usd.append(i == 0 ? "" : "..").append(part(parts[i], currency.get(), rate, i == parts.length - 1));
        }
        return usd.toString();
    }

    private Optional<String> foreign(String part) {
        Matcher matcher = AMOUNT.matcher(part);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String code = matcher.group(4);
        return KNOWN.contains(code) || usdPerUnit.containsKey(code) ? Optional.of(code) : Optional.empty();
    }

    private String part(String part, String currency, double rate, boolean last) {
        Matcher matcher = AMOUNT.matcher(part);
        if (matcher.matches() && currency.equals(matcher.group(4))) {
            return amount(matcher.group(1), rate) + nullToEmpty(matcher.group(2)) + " " + matcher.group(3) + "USD"
                    + nullToEmpty(matcher.group(5));
        }
        Matcher bare = BARE.matcher(part);
        if (!last && bare.matches()) {
            return amount(bare.group(1), rate) + nullToEmpty(bare.group(2));
        }
        throw new QuantityFormatException(Quote.of(part.strip()) + ": a range in " + currency
                + " gives its unit on the last part only, e.g. \"70..90 " + currency + "/MWh\"");
    }

    private static String amount(String number, double rate) {
        try {
            BigDecimal usd = new BigDecimal(number.replace("_", "")).multiply(BigDecimal.valueOf(rate));
            return usd.round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw new QuantityFormatException(Quote.of(number) + " is not a number");
        }
    }

    private static String nullToEmpty(@org.jspecify.annotations.Nullable String text) {
        return text == null ? "" : text;
    }
}
