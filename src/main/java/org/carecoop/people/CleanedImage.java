package org.carecoop.people;

/**
 * An uploaded image made safe to store and show: its type told from its bytes, scaled down and
 * encoded afresh without any metadata.
 *
 * @param contentType {@code image/jpeg} or {@code image/png}
 */
public record CleanedImage(String contentType, byte[] bytes) {}
