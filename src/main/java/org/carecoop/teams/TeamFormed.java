package org.carecoop.teams;

import java.time.Instant;
import java.util.UUID;

/**
 * A team has formed around a person, because more than one worker now supports them regularly.
 *
 * @param teamId the new team
 * @param personId the account of the person it centres on
 * @param formedAt when it formed
 */
public record TeamFormed(UUID teamId, UUID personId, Instant formedAt) {}
