package org.carecoop.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.MatchingApi;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.teams.MemberRole;
import org.carecoop.teams.TeamFormed;
import org.carecoop.teams.TeamsApi;
import org.carecoop.visits.VisitsApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo teams, formed the way real ones are: the regular arrangements of Eric (Amina, Ben, Chloe
 * and Dev) and Linda (Ella and Finn) are recorded in the matching module as arrangements that began
 * before CareCoop, which announces them, so the teams module forms their teams by itself. Once Eric's team has formed, Eric
 * invites Sam (family, who manages his finances), Dr Shah (his GP: care notes and medication by
 * default) and Pat (his neighbour, emergency contact only: the schedule withdrawn).
 */
@Component
class DemoTeams {

    private static final Logger log = LoggerFactory.getLogger(DemoTeams.class);
    static final List<String> ERICS_WORKERS = List.of("amina", "ben", "chloe", "dev");
    static final List<String> LINDAS_WORKERS = List.of("ella", "finn");

    private final PeopleApi people;
    private final TeamsApi teams;
    private final MatchingApi matching;
    private final Clock clock;
    private final boolean enabled;

    DemoTeams(
            PeopleApi people,
            TeamsApi teams,
            MatchingApi matching,
            Clock clock,
            @Value("${carecoop.demo.enabled:${carecoop.embedded-db.enabled:false}}") boolean enabled) {
        this.people = people;
        this.teams = teams;
        this.matching = matching;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** After {@link DemoData} has made the accounts. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void formTeams() {
        if (!enabled) {
            return;
        }
        announce("eric", ERICS_WORKERS);
        announce("linda", LINDAS_WORKERS);
    }

    /** Eric invites his family, neighbour and GP once his team exists. */
    @ApplicationModuleListener
    void on(TeamFormed event) {
        Optional<AccountSummary> eric = demo("eric");
        if (!enabled || eric.isEmpty() || !eric.get().id().equals(event.personId())) {
            return;
        }
        Caller asEric = caller(eric.get());
        UUID ericId = eric.get().id();
        demo("sam").ifPresent(sam -> {
            teams.addMember(asEric, ericId, sam.id(), MemberRole.FAMILY_OR_FRIEND);
            teams.grant(asEric, ericId, sam.id(), Category.FINANCES_AND_BUDGET, Action.READ);
            teams.grant(asEric, ericId, sam.id(), Category.FINANCES_AND_BUDGET, Action.WRITE);
        });
        demo("drshah").ifPresent(shah -> teams.addMember(asEric, ericId, shah.id(), MemberRole.HEALTH_PROFESSIONAL));
        demo("pat").ifPresent(pat -> {
            teams.addMember(asEric, ericId, pat.id(), MemberRole.FAMILY_OR_FRIEND);
            teams.revoke(asEric, ericId, pat.id(), Category.SCHEDULE, Action.READ);
        });
        demo("amina").ifPresent(amina -> teams.setGivesPersonalCare(asEric, ericId, amina.id(), true));
        log.info("Demo data: Eric invited Sam, Dr Shah and Pat into his team");
    }

    /**
     * Records the person's arrangements with the system's authority, each only if the two never had
     * one (a restart, or an arrangement someone has ended since, changes nothing).
     */
    private void announce(String personName, List<String> workerNames) {
        Optional<AccountSummary> person = demo(personName);
        if (person.isEmpty()) {
            return;
        }
        Instant started = clock.instant().minus(Duration.ofDays(90));
        for (String workerName : workerNames) {
            demo(workerName).ifPresent(worker -> {
                boolean known = matching.arrangementsOfWorker(worker.id()).stream()
                        .anyMatch(a -> a.personId().equals(person.get().id()));
                if (!known) {
                    matching.recordArrangement(VisitsApi.SYSTEM, person.get().id(), worker.id(), started);
                }
            });
        }
        log.info("Demo data: {} has regular arrangements with {}", personName, workerNames);
    }

    private Optional<AccountSummary> demo(String name) {
        return people.accountByEmail(name + DemoData.DOMAIN);
    }

    private static Caller caller(AccountSummary account) {
        Set<String> roles = Set.of(Role.SUPPORTED_PERSON.name());
        return new Caller(account.id(), account.displayName(), account.id(), account.displayName(), roles);
    }
}
