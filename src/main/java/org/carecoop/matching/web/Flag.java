package org.carecoop.matching.web;

/** A yes-or-no checkbox for the {@code flagCheckboxes} form fragment: the field and its label. */
public record Flag(String value, String labelKey) {}
