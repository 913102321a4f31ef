package org.carecoop.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.carecoop.platform.web.PlainText;

/**
 * Tidying and checking what people type into profiles: free text, and lists of free words such as
 * interests and languages.
 */
public final class FreeText {

    /** Longest single interest or language. */
    public static final int WORD_MAX = 40;

    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;\\n]");
    private static final Pattern RUNS_OF_SPACE = Pattern.compile("[\\s\\u00A0]+");

    private FreeText() {}

    /** Splits a comma-separated list as typed into its items, unchecked and untidied. */
    public static List<String> split(String text) {
        return Arrays.stream(LIST_SEPARATORS.split(text)).toList();
    }

    /** Joins a list for a form field, so that {@link #split} gives it back. */
    public static String join(Collection<String> words) {
        return String.join(", ", words);
    }

    /**
     * Interests in a normal form: each trimmed, inner spaces collapsed, lower case; empty ones and
     * repeats dropped, in the order given.
     */
    public static List<String> interests(Collection<String> words, int max, String what) {
        return words(words, max, what, word -> word.toLowerCase(Locale.UK));
    }

    /** Languages: trimmed, spaces collapsed, first letter capitalised; repeats (in any case) dropped. */
    public static List<String> languages(Collection<String> words, int max, String what) {
        return words(words, max, what, word -> word.substring(0, 1).toUpperCase(Locale.UK) + word.substring(1));
    }

    /** Text with line breaks made {@code \n} and ends trimmed, checked for length and markup. */
    public static String text(String text, int max, String what) {
        String tidy = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (tidy.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        if (!PlainText.Validator.plain(tidy)) {
            throw new IllegalArgumentException(what + " is not plain text");
        }
        return tidy;
    }

    private static List<String> words(
            Collection<String> words, int max, String what, java.util.function.UnaryOperator<String> form) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String word : words) {
            String tidy = RUNS_OF_SPACE.matcher(word).replaceAll(" ").strip();
            if (tidy.isEmpty()) {
                continue;
            }
            if (tidy.length() > WORD_MAX) {
                throw new IllegalArgumentException(what + ": '" + tidy.substring(0, 20) + "…' is too long");
            }
            if (!PlainText.Validator.plain(tidy)) {
                throw new IllegalArgumentException(what + " is not plain text");
            }
            String normal = form.apply(tidy);
            seen.putIfAbsent(normal.toLowerCase(Locale.UK), normal);
        }
        if (seen.size() > max) {
            throw new IllegalArgumentException(what + ": more than " + max);
        }
        return List.copyOf(new ArrayList<>(seen.values()));
    }
}
