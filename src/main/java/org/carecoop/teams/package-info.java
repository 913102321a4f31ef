/**
 * Teams around each person (TE1, TE3): a team forms by itself once more than one worker regularly
 * supports someone, from the events the matching and visits modules publish; its memberships keep
 * their history. The person (or a nominee) decides what each member may see and change, per category
 * of their records, above minimums nobody can remove; co-ordinators get in only by break-glass.
 * {@link org.carecoop.teams.AccessPolicy} is the one way every module checks access to a person's
 * records, and every decision is written to the access log. {@link org.carecoop.teams.TeamsApi}
 * reads teams and changes members and grants.
 */
@ApplicationModule(displayName = "Teams")
@NullMarked
package org.carecoop.teams;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
