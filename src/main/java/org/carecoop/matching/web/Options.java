package org.carecoop.matching.web;

/** A radio or checkbox option for the form fragments: the submitted value and its label's message key. */
public record Options(String value, String labelKey) {

    public static Options of(String value, String labelKey) {
        return new Options(value, labelKey);
    }
}
