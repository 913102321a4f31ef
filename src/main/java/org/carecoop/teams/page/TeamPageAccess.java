package org.carecoop.teams.page;

import java.time.Clock;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamsApi;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may open a person's team page: the person (including a co-ordinator acting for them, who then
 * has their identity) and the open members of their team. Everyone else is refused, co-ordinators who
 * are not in the team included, and the refusal is written to the access log in its own transaction,
 * so it stays there whatever happens to the request.
 */
@Component
class TeamPageAccess {

    /** The record type of the team page in the access log. */
    static final String RECORD_TYPE = "team_page";

    static final String VIEW = "VIEW";
    static final String ADD = "ADD";

    private final PeopleApi people;
    private final TeamsApi teams;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    TeamPageAccess(
            PeopleApi people, TeamsApi teams, AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.people = people;
        this.teams = teams;
        this.audit = audit;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Lets the caller onto the person's page, to look ({@link #VIEW}) or to add something ({@link
     * #ADD}).
     *
     * @throws NotFound when there is no such account
     * @throws AccessDeniedException when the caller is neither the person nor in their team, after
     *     logging the refusal
     */
    Viewer admit(Caller caller, UUID personId, String action) {
        AccountSummary person = people.account(personId).orElseThrow(() -> NotFound.person(personId));
        @Nullable Team team = teams.teamOf(personId).orElse(null);
        Viewer viewer = new Viewer(caller, person, team);
        if (!viewer.onPage(caller.accountId())) {
            refuse(caller, personId, action, "not_in_team");
            throw new AccessDeniedException("only the person and their team may open their team page");
        }
        return viewer;
    }

    /** Logs a refusal of someone who is on the page but may not see or do this particular thing. */
    void refuse(Caller caller, UUID personId, String action, String why) {
        ownTransaction.executeWithoutResult(status -> audit.record(
                AuditEntry.by(caller, clock.instant(), action, personId, RECORD_TYPE, AuditEntry.Outcome.DENIED)
                        .withDetail(why)));
    }

    /** Logs a look at the page (or part of it), in the caller's transaction if there is one. */
    void viewed(Viewer viewer, String what) {
        record(viewer, VIEW, what);
    }

    /** Logs an addition to the page, in the transaction that saves it. */
    void added(Viewer viewer, String what) {
        record(viewer, ADD, what);
    }

    private void record(Viewer viewer, String action, String what) {
        audit.record(AuditEntry.by(
                        viewer.caller(),
                        clock.instant(),
                        action,
                        viewer.personId(),
                        RECORD_TYPE,
                        AuditEntry.Outcome.ALLOWED)
                .withDetail(what));
    }
}
