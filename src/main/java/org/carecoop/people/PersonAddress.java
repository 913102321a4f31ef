package org.carecoop.people;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.web.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * Where a person who receives support is visited, as a worker needs it to find the door: up to three
 * address lines, a town and the postcode (the GOV.UK address pattern). The postcode is the profile's
 * own (matching places people by it); the lines and town are kept apart from {@link PersonProfile}
 * because they matter only to those who visit. It is contact information: other modules show it only
 * where the person's {@code PROFILE_AND_CONTACT} records may be read.
 *
 * <p>Lines are tidied (spaces collapsed, ends trimmed) and blank ones dropped, so the first line is
 * always there when any line or the town is; anything over the limits, or containing markup, is
 * refused with an {@link IllegalArgumentException}.
 *
 * @param lines the street address, building first; empty when only a postcode is known
 * @param town the town or city; empty when not given
 * @param postcode the postcode, if known
 */
public record PersonAddress(
        List<String> lines, String town, @Nullable Postcode postcode) {

    public static final int LINES_MAX = 3;
    public static final int LINE_MAX = 100;
    public static final int TOWN_MAX = 60;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    public PersonAddress {
        List<String> tidyLines = new ArrayList<>();
        for (String line : lines) {
            String tidy = tidy(line, LINE_MAX, "An address line");
            if (!tidy.isEmpty()) {
                tidyLines.add(tidy);
            }
        }
        if (tidyLines.size() > LINES_MAX) {
            throw new IllegalArgumentException("An address has at most " + LINES_MAX + " lines");
        }
        lines = List.copyOf(tidyLines);
        town = tidy(town, TOWN_MAX, "The town");
        if (lines.isEmpty() && !town.isEmpty()) {
            throw new IllegalArgumentException("A town needs the first line of the address");
        }
    }

    /** Whether there is a street address, not just a postcode. */
    public boolean hasStreet() {
        return !lines.isEmpty();
    }

    /** The lines, town and postcode in the order they are written on an envelope. */
    public List<String> parts() {
        List<String> parts = new ArrayList<>(lines);
        if (!town.isEmpty()) {
            parts.add(town);
        }
        if (postcode != null) {
            parts.add(postcode.value());
        }
        return List.copyOf(parts);
    }

    /** The whole address on one line, for a map's destination search. */
    public String oneLine() {
        return String.join(", ", parts());
    }

    private static String tidy(String text, int max, String what) {
        String tidy = SPACES.matcher(text).replaceAll(" ").strip();
        if (tidy.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        if (!PlainText.Validator.plain(tidy)) {
            throw new IllegalArgumentException(what + " is not plain text");
        }
        return tidy;
    }
}
