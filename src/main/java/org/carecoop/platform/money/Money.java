package org.carecoop.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An amount of money in pounds sterling, held as a whole number of pence so that sums never drift.
 *
 * @param pence the amount in pence; negative for money owed
 */
public record Money(long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    /** Digits, optionally grouped in thousands with commas, then optional decimals. */
    private static final Pattern AMOUNT = Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d*)?|\\.\\d+");

    private static final int MAX_INPUT = 30;

    public static Money ofPence(long pence) {
        return new Money(pence);
    }

    /**
     * Reads an amount of pounds as people write it: {@code "15.50"}, {@code "£15.5"}, {@code "15"},
     * {@code "1,000.00"}. Trailing zeros beyond the pence are allowed ({@code "15.500"}); anything
     * finer than a penny is not.
     *
     * @throws InvalidAmount saying what is wrong with it
     */
    public static Money parsePounds(String text) {
        String amount = text.strip();
        if (amount.isEmpty()) {
            throw new InvalidAmount(Problem.EMPTY);
        }
        if (amount.length() > MAX_INPUT) {
            throw new InvalidAmount(Problem.NOT_A_NUMBER);
        }
        boolean negative = false;
        if (amount.startsWith("-")) {
            negative = true;
            amount = amount.substring(1).strip();
        }
        if (amount.startsWith("£")) {
            amount = amount.substring(1).strip();
        }
        if (!negative && amount.startsWith("-")) {
            negative = true;
            amount = amount.substring(1).strip();
        }
        if (!AMOUNT.matcher(amount).matches()) {
            throw new InvalidAmount(Problem.NOT_A_NUMBER);
        }
        BigDecimal pounds = new BigDecimal(amount.replace(",", ""));
        if (negative && pounds.signum() != 0) {
            throw new InvalidAmount(Problem.NEGATIVE);
        }
        BigDecimal pence = pounds.movePointRight(2).stripTrailingZeros();
        if (pence.scale() > 0) {
            throw new InvalidAmount(Problem.TOO_MANY_DECIMALS);
        }
        try {
            return new Money(pence.longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidAmount(Problem.TOO_LARGE);
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(pence, factor));
    }

    public boolean isNegative() {
        return pence < 0;
    }

    /** Pounds and pence without a symbol or grouping, as a form field shows it: {@code "15.50"}. */
    public String pounds() {
        return BigDecimal.valueOf(pence, 2)
                .setScale(2, RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    /** As people read it: {@code "£1,015.50"}, {@code "-£3.00"}. */
    @Override
    public String toString() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        String digits = format.format(BigDecimal.valueOf(pence, 2).abs());
        return (pence < 0 ? "-£" : "£") + digits;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    /** What is wrong with an amount someone typed. */
    public enum Problem {
        EMPTY,
        NOT_A_NUMBER,
        NEGATIVE,
        TOO_MANY_DECIMALS,
        TOO_LARGE
    }

    /** An amount that could not be read as pounds and pence. */
    public static final class InvalidAmount extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final Problem problem;

        InvalidAmount(Problem problem) {
            super("Not an amount of pounds and pence: " + problem);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
