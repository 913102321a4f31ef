package org.carecoop.people.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A choice offered by a checkbox or radio fragment: the submitted value and its label's message key. */
public record Option(String value, String labelKey) {

    /** One option per constant, labelled {@code prefix.constant_name_in_lower_case}. */
    static <E extends Enum<E>> List<Option> of(String prefix, List<E> values) {
        return values.stream()
                .map(v -> new Option(v.name(), prefix + "." + v.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    static <E extends Enum<E>> List<Option> of(String prefix, Class<E> type) {
        return of(prefix, Arrays.asList(type.getEnumConstants()));
    }
}
