/**
 * The team page (TE2, TE5): the shared space of a person's team, owned by the person it centres on.
 * It shows the team's members with their photos and roles, conversations (open to the team or
 * limited to members the starter chose; the person is always told that a limited one exists), comments
 * and questions with replies, successes to celebrate with one "well done" per account, and questions
 * to the co-op's advanced practitioners, who answer them from their own list without seeing the rest
 * of the page.
 *
 * <p>Who may open it is decided by {@link org.carecoop.teams.page.TeamPageAccess}: the person (or a
 * co-ordinator acting for them) and the open members of their team, from {@link
 * org.carecoop.teams.TeamsApi}. The page is the team's own space, not a category of the person's
 * records, so it is membership rather than {@link org.carecoop.teams.AccessPolicy} grants that opens
 * it. Every look at it, every addition and every refusal is written to the access log.
 *
 * <p>Open pages poll for changes with the number of items they have seen; nothing is sent back, and
 * nothing logged, until that number changes.
 */
@NullMarked
package org.carecoop.teams.page;

import org.jspecify.annotations.NullMarked;
