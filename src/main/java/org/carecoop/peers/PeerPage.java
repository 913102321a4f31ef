package org.carecoop.peers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.carecoop.people.Condition;
import org.carecoop.platform.geo.Postcode;

/**
 * Which peer page: the one for a condition, or the one for a postcode district (TE6). Every condition
 * and every well-formed district has a page, whether or not anyone has used it yet.
 *
 * @param kind by condition or by area
 * @param code the condition's name ({@code DEMENTIA}), or the district's outward code ({@code HX7})
 */
public record PeerPage(Kind kind, String code) {

    /** How a page brings people together. */
    public enum Kind {
        CONDITION("conditions"),
        AREA("areas");

        private final String pathSegment;

        Kind(String pathSegment) {
            this.pathSegment = pathSegment;
        }

        /** The part of the page's address after {@code /peers/}. */
        public String pathSegment() {
            return pathSegment;
        }
    }

    /**
     * Any inward code would do: a district is well-formed when the postcode made of it and this one
     * is, so {@link Postcode}'s rules decide and the outward code is never parsed here.
     */
    private static final String ANY_INWARD_CODE = " 1AA";

    public PeerPage {
        boolean valid = switch (kind) {
            case CONDITION ->
                Arrays.stream(Condition.values()).anyMatch(c -> c.name().equals(code));
            case AREA -> isDistrict(code);
        };
        if (!valid) {
            throw new IllegalArgumentException("No " + kind + " page " + code);
        }
    }

    public static PeerPage of(Condition condition) {
        return new PeerPage(Kind.CONDITION, condition.name());
    }

    /** The page of the postcode's district. */
    public static PeerPage of(Postcode postcode) {
        return new PeerPage(Kind.AREA, postcode.district());
    }

    /**
     * The page of a district written in its normal form ({@code "HX7"}).
     *
     * @throws IllegalArgumentException when it is not a well-formed district
     */
    public static PeerPage ofDistrict(String district) {
        return new PeerPage(Kind.AREA, district);
    }

    /**
     * The page an address names: {@code conditions} with a condition as {@link #slug()} writes it, or
     * {@code areas} with a district in its normal form. Empty for anything else.
     */
    public static Optional<PeerPage> fromPath(String kind, String code) {
        if (kind.equals(Kind.CONDITION.pathSegment())) {
            return Arrays.stream(Condition.values())
                    .filter(c -> slug(c).equals(code))
                    .findFirst()
                    .map(PeerPage::of);
        }
        if (kind.equals(Kind.AREA.pathSegment()) && isDistrict(code)) {
            return Optional.of(ofDistrict(code));
        }
        return Optional.empty();
    }

    /** Whether the text is a postcode district in its normal form, e.g. {@code "HX7"} or {@code "OL14"}. */
    public static boolean isDistrict(String text) {
        return !text.isEmpty()
                && text.length() <= 4
                && Postcode.parse(text + ANY_INWARD_CODE)
                        .map(Postcode::district)
                        .filter(text::equals)
                        .isPresent();
    }

    /** The condition of a condition page. */
    public Optional<Condition> condition() {
        return kind == Kind.CONDITION ? Optional.of(Condition.valueOf(code)) : Optional.empty();
    }

    /** The district of an area page. */
    public Optional<String> district() {
        return kind == Kind.AREA ? Optional.of(code) : Optional.empty();
    }

    /** How the page's address writes its code: {@code multiple-sclerosis}, {@code HX7}. */
    public String slug() {
        return condition().map(PeerPage::slug).orElse(code);
    }

    /** The page's address, e.g. {@code /peers/conditions/dementia} or {@code /peers/areas/HX7}. */
    public String path() {
        return "/peers/" + kind.pathSegment() + "/" + slug();
    }

    private static String slug(Condition condition) {
        return condition.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return path();
    }
}
