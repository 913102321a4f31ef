package org.carecoop.matching.internal;

/** The part of a display name shown to people who do not know someone yet. */
final class FirstNames {

    private FirstNames() {}

    static String of(String displayName) {
        String name = displayName.strip();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
