package org.carecoop.teams;

import java.time.Instant;

/**
 * A team's logo (TE7), cleaned like a profile photo.
 *
 * @param contentType {@code image/jpeg} or {@code image/png}
 */
public record TeamLogo(String contentType, byte[] bytes, Instant updatedAt) {}
