package org.carecoop.platform.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode in its normal form: upper case, one space before the inward code ({@code "HX7 8AD"}).
 *
 * <p>The pattern follows the Royal Mail rules for which letters may stand where (the inward code
 * never uses C, I, K, M, O or V; Q, V and X never start a postcode), so most typing mistakes are
 * caught before a look-up.
 *
 * @param value the normalised postcode
 */
public record Postcode(String value) {

    private static final Pattern VALID = Pattern.compile(
            "[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]|[0-9][A-HJKPSTUW]) [0-9][ABD-HJLNP-UW-Z]{2}");
    /** Spaces of any kind, including the no-break spaces that pasted text often has. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    /** Longer input is not looked at: a postcode has 7 characters at most, and a few spaces. */
    private static final int MAX_INPUT = 16;

    public Postcode {
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a normalised UK postcode: " + value);
        }
    }

    /** Reads a postcode as typed: any case, with or without spaces. Empty when it is not a postcode. */
    public static Optional<Postcode> parse(String text) {
        if (text.length() > MAX_INPUT) {
            return Optional.empty();
        }
        String compact = SPACES.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return Optional.empty();
        }
        String normal = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return VALID.matcher(normal).matches() ? Optional.of(new Postcode(normal)) : Optional.empty();
    }

    /**
     * Reads a postcode as typed, like {@link #parse}.
     *
     * @throws IllegalArgumentException when the text is not a postcode
     */
    public static Postcode of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("Not a UK postcode"));
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /** The part before the space, e.g. {@code "HX7"}. */
    public String outward() {
        return value.substring(0, value.indexOf(' '));
    }

    /** The part after the space, e.g. {@code "8AD"}. */
    public String inward() {
        return value.substring(value.indexOf(' ') + 1);
    }

    /** The postcode district, which is the outward code, e.g. {@code "HX7"}. */
    public String district() {
        return outward();
    }

    /** The postcode area, the outward code's leading letters, e.g. {@code "HX"}. */
    public String area() {
        String outward = outward();
        return Character.isLetter(outward.charAt(1)) ? outward.substring(0, 2) : outward.substring(0, 1);
    }

    /** The postcode sector, a few thousand addresses, e.g. {@code "HX7 8"}. */
    public String sector() {
        return outward() + " " + inward().charAt(0);
    }

    @Override
    public String toString() {
        return value;
    }
}
