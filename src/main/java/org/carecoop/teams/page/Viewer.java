package org.carecoop.teams.page;

import java.util.UUID;
import org.carecoop.people.AccountSummary;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.Team;
import org.jspecify.annotations.Nullable;

/**
 * Someone let into a person's team page: the person themselves (or a co-ordinator acting for them)
 * or an open member of their team.
 *
 * @param team the person's team; absent until one has formed, when only the person gets in
 */
record Viewer(
        Caller caller, AccountSummary person, @Nullable Team team) {

    UUID accountId() {
        return caller.accountId();
    }

    UUID personId() {
        return person.id();
    }

    /** Whether the page is the viewer's own: they are the person the team centres on. */
    boolean isPerson() {
        return caller.accountId().equals(person.id());
    }

    /** The team, for a page that needs one; a person without a team has nothing to post to. */
    Team requireTeam() {
        if (team == null) {
            throw NotFound.item("team", person.id());
        }
        return team;
    }

    /** Whether the account is the person or an open member: someone on the page. */
    boolean onPage(UUID accountId) {
        return accountId.equals(person.id())
                || (team != null
                        && team.members().stream().anyMatch(m -> m.accountId().equals(accountId)));
    }
}
